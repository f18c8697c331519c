package nl.koers.projection.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Events that cannot be applied are parked with their reason, visible to operators, instead of being skipped
 * silently or blocking every event behind them. Only the reason is logged: the value may hold personal data.
 */
@Component
class DeadLetters {
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private final JdbcTemplate jdbc;

    DeadLetters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void park(ConsumerRecord<?, ?> record, Exception reason) {
        Throwable cause = reason.getCause() != null ? reason.getCause() : reason;
        log.warn("dead letter {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), cause.getMessage());
        jdbc.update("""
                insert into projection_dead_letter (topic, kafka_partition, kafka_offset, record_key, record_value, reason)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """, record.topic(), record.partition(), record.offset(), String.valueOf(record.key()),
                String.valueOf(record.value()), String.valueOf(cause.getMessage()));
    }
}
