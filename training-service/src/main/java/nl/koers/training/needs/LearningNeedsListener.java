package nl.koers.training.needs;

import nl.koers.contracts.plan.LearningNeedsPublished;
import nl.koers.platform.consume.ProcessedEvents;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.events.UnreadableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each school's learning needs from {@code koers.plan.events}. The event id and the change commit together
 * (ProcessedEvents), so a redelivery changes nothing; other plan events are not training's business.
 */
@Component
public class LearningNeedsListener {
    static final String CONSUMER = "training.learning-needs";
    private static final Logger log = LoggerFactory.getLogger(LearningNeedsListener.class);
    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final JdbcTemplate jdbc;

    LearningNeedsListener(CloudEventCodec codec, ProcessedEvents processed, JdbcTemplate jdbc) {
        this.codec = codec;
        this.processed = processed;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = "koers.plan.events",
            groupId = "${koers.consumer-group-prefix:${spring.application.name}}.learning-needs")
    @Transactional
    public void on(String value) {
        CloudEvent raw = codec.decodeRaw(value);
        if (!EventTypes.typeName(LearningNeedsPublished.class).equals(raw.type())) {
            return;
        }
        CloudEvent event;
        try {
            event = codec.decode(value);
        } catch (UnreadableEvent e) {
            log.warn("skipped an unreadable LearningNeedsPublished {}", raw.id());
            return;
        }
        if (event.data() instanceof LearningNeedsPublished needs && processed.firstDelivery(CONSUMER, event.id())) {
            store(needs);
        }
    }

    void store(LearningNeedsPublished e) {
        jdbc.update("delete from training_learning_need where school_id = ? and school_year = ?",
                e.schoolId().value(), e.schoolYear().value());
        for (int i = 0; i < e.needs().size(); i++) {
            jdbc.update("""
                    insert into training_learning_need (school_id, board_id, school_year, position, need)
                    values (?, ?, ?, ?, ?)""", e.schoolId().value(), e.boardId().value(), e.schoolYear().value(), i,
                    e.needs().get(i));
        }
    }
}
