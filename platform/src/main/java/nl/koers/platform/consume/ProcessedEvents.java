package nl.koers.platform.consume;

import nl.koers.platform.persistence.PlatformSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumer-side deduplication by event id. Call it inside the transaction that changes the read model: the id and
 * the change commit together, so a redelivered event (Kafka is at least once) changes nothing.
 */
public class ProcessedEvents {
    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc, PlatformSchema schema) {
        this.jdbc = jdbc;
    }

    /** @return true the first time this consumer sees the event id, false for every redelivery */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return jdbc.update("""
                insert into platform_processed_event (consumer, event_id) values (?, ?)
                on conflict do nothing
                """, consumer, eventId) == 1;
    }
}
