package nl.koers.projection.intake;

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

    EventIntake(CloudEventCodec codec, ProcessedEvents processed, List<Projection> projections) {
        this.codec = codec;
        this.processed = processed;
        this.projections = projections;
    }

    @KafkaListener(topics = "#{'${koers.projection.topics}'.split(',')}",
            groupId = "${koers.consumer-group-prefix:${spring.application.name}}")
    @Transactional
    public void on(String value) {
        CloudEvent event = codec.decode(value);
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        projections.forEach(projection -> projection.apply(event));
    }
}
