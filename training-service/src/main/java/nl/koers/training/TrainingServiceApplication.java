package nl.koers.training;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import java.util.concurrent.Executors;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import nl.koers.training.session.Session;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
/** Training: catalogue, sessions, enrolment, certificates, coverage. Scheduling runs the daily coverage recompute. */
public class TrainingServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(TrainingServiceApplication.class, args);
    }

    /**
     * Snapshots are taken on their own thread: taken inline, the command that triggers one would need a second
     * database connection while the commands queued behind the session's lock hold the rest of the pool (they begin
     * their transaction before they get the lock), and a rush on one session would wait out the pool's timeout.
     */
    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "training-snapshotter");
            thread.setDaemon(true);
            return thread;
        }));
        return snapshotter;
    }

    /**
     * Busy sessions stay in memory between commands. Another replica's append makes a cached session stale: its
     * next append is refused, the failed unit of work evicts it, and the command is decided again on the session
     * loaded afresh (SessionCommandSender, ADR 0042).
     */
    @Bean(Session.CACHE)
    Cache sessionCache() {
        return new WeakReferenceCache();
    }

    /** Sessions with many enrolments load from a snapshot instead of replaying every event (ADR 0042). */
    @Bean(Session.SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition sessionSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, Session.SNAPSHOT_EVERY);
    }
}
