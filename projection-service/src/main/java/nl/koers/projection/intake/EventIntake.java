package nl.koers.projection.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.koers.platform.consume.ProcessedEvents;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every event from the context topics enters the read models here, exactly once: the event id and the read-model
 * changes commit in one database transaction, and a redelivered event (Kafka is at least once) is skipped.
 */
@Component
class EventIntake {
    static final String CONSUMER = "projection";
    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final List<Projection> projections;
    private final ReadModelLock lock;
    private final Timer lag;

    EventIntake(CloudEventCodec codec, ProcessedEvents processed, List<Projection> projections, ReadModelLock lock,
            MeterRegistry meters) {
        this.codec = codec;
        this.lock = lock;
        this.processed = processed;
        this.projections = projections;
        // How far the read models trail the events: the time from an event's creation to its application here.
        this.lag = Timer.builder("koers.projection.lag").description("event time to read-model application")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    @KafkaListener(topics = "#{'${koers.projection.topics}'.split(',')}",
            groupId = "${koers.consumer-group-prefix:${spring.application.name}}")
    @Transactional
    public void on(String value) {
        CloudEvent event = codec.decode(value);
        lock.shared();
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        projections.forEach(projection -> projection.apply(event));
        Duration behind = Duration.between(event.time(), Instant.now());
        lag.record(behind.isNegative() ? Duration.ZERO : behind); // a producer's clock ahead of ours is no lag
    }
}
