package nl.koers.projection.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.koers.platform.consume.ProcessedEvents;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.observe.TenantLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Every event from the context topics enters the read models here, exactly once: the event id and the read-model
 * changes commit in one database transaction, and a redelivered event (Kafka is at least once) is skipped.
 */
@Component
class EventIntake {
    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);
    static final String CONSUMER = "projection";
    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final List<Projection> projections;
    private final ReadModelLock lock;
    private final List<Timer> lags;

    EventIntake(CloudEventCodec codec, ProcessedEvents processed, List<Projection> projections, ReadModelLock lock,
            MeterRegistry meters) {
        this.codec = codec;
        this.lock = lock;
        this.processed = processed;
        this.projections = projections;
        // How far each read model trails the events: the time from an event's creation to its application here.
        this.lags = projections.stream().map(projection -> Timer.builder(LAG)
                .description("event time to read-model application").tag("read_model", name(projection))
                .publishPercentiles(0.5, 0.99).register(meters)).toList();
    }

    static final String LAG = "koers.projection.lag";
    static final String LISTENER = "projection-intake";

    private static String name(Projection projection) {
        return ClassUtils.getUserClass(projection).getSimpleName();
    }

    @KafkaListener(id = LISTENER, topics = "#{'${koers.projection.topics}'.split(',')}",
            groupId = "${koers.consumer-group-prefix:${spring.application.name}}")
    @Transactional
    public void on(String value) {
        CloudEvent event = codec.decode(value);
        try (var ids = TenantLogContext.of(event.boardId(), event.schoolId())) {
            lock.shared();
            if (!processed.firstDelivery(CONSUMER, event.id())) {
                return;
            }
            projections.forEach(projection -> projection.apply(event));
            Duration behind = Duration.between(event.time(), Instant.now());
            Duration lag = behind.isNegative() ? Duration.ZERO : behind; // a producer's clock ahead of ours is no lag
            lags.forEach(timer -> timer.record(lag));
            log.debug("applied {} {}", event.type(), event.id()); // type and id only: the data may be personal
        }
    }
}
