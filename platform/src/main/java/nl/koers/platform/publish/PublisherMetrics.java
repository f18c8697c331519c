package nl.koers.platform.publish;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the outbox trails the event store, read from the database so that every replica reports the same
 * numbers whichever segments it holds:
 * <ul>
 *   <li>{@code koers.eventstore.appended} (counter): events in this service's event store; its rate is the append
 *   rate;</li>
 *   <li>{@code koers.publisher.backlog} (gauge, events): the head of the event store minus the position of the
 *   publisher's slowest segment: stored events that may not be on Kafka yet.</li>
 * </ul>
 * The tokens are read without claiming them (the token store's own fetch would steal a segment from its owner).
 */
final class PublisherMetrics {
    private static final Logger log = LoggerFactory.getLogger(PublisherMetrics.class);
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String processor;
    private final AtomicLong lastHead = new AtomicLong();

    PublisherMetrics(JdbcTemplate jdbc, Serializer serializer, MeterRegistry meters, String processor) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processor = processor;
        FunctionCounter.builder("koers.eventstore.appended", this, PublisherMetrics::appended)
                .description("events appended to this service's event store").baseUnit("events").register(meters);
        Gauge.builder("koers.publisher.backlog", this, PublisherMetrics::backlog)
                .description("stored events the outbox publisher has not yet sent to Kafka").baseUnit("events")
                .register(meters);
    }

    /** Events in the store (global index is 0-based); the last known value while the database is unreachable. */
    double appended() {
        try {
            lastHead.set(head() + 1);
        } catch (DataAccessException e) {
            log.debug("event store head unavailable: {}", e.getMessage());
        }
        return lastHead.get();
    }

    double backlog() {
        try {
            return Math.max(head() - publishedPosition(), 0);
        } catch (DataAccessException e) {
            return Double.NaN; // unknown, not zero: an alert must not read "nothing pending"
        }
    }

    private long head() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** The position every segment has passed: the minimum over segments; -1 before the first event is sent. */
    private long publishedPosition() {
        List<Long> positions = jdbc.query("select token, token_type from token_entry where processor_name = ?",
                (rs, row) -> position(rs.getBytes("token"), rs.getString("token_type")), processor);
        return positions.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1; // a segment that has not handled anything yet (tail token)
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }
}
