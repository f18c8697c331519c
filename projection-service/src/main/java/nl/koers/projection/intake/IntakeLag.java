package nl.koers.projection.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.platform.observe.KafkaProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code koers.projection.lag.events} per topic: events on the context topics that the read models have not applied
 * yet, as the broker sees the intake's consumer group. It rises while the intake is paused, slow or down and falls
 * as it catches up; {@code koers.projection.lag} (a timer per read model) says how old events were when applied.
 * One broker round trip serves all topics of a scrape (cached for a second).
 */
@Component
class IntakeLag {
    private static final Logger log = LoggerFactory.getLogger(IntakeLag.class);
    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();
    private final KafkaProbe probe;
    private final String group;
    private final Set<String> topics;
    private Map<String, Long> last = Map.of();
    private long read;
    private boolean everRead;

    IntakeLag(KafkaProbe probe, MeterRegistry meters,
              @Value("#{'${koers.projection.topics}'.split(',')}") List<String> topics,
              @Value("${koers.consumer-group-prefix:${spring.application.name}}") String group) {
        this.probe = probe;
        this.group = group;
        this.topics = new LinkedHashSet<>(topics);
        this.topics.forEach(topic -> Gauge.builder("koers.projection.lag.events", this, lag -> lag.of(topic))
                .description("events on the topic not yet applied to the read models").tag("topic", topic)
                .baseUnit("events").register(meters));
    }

    private double of(String topic) {
        Long behind = current().get(topic);
        return behind == null ? Double.NaN : behind; // unknown (broker unreachable) is not "caught up"
    }

    private synchronized Map<String, Long> current() {
        long now = System.nanoTime(); // not the application's Clock: tests fix that one
        if (!everRead || now - read > FRESH_NANOS) {
            try {
                last = probe.lag(group, topics);
            } catch (Exception e) {
                log.debug("consumer lag unavailable: {}", e.getMessage());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                last = Map.of();
            }
            read = now;
            everRead = true;
        }
        return last;
    }
}
