package nl.koers.projection.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rebuild's memory of written incidents may say "maybe" wrongly, never "no" wrongly (ADR 0062). */
class WrittenIncidentsTest {
    private final Random random = new Random(8);

    @Test
    void an_incident_that_was_added_is_never_taken_for_unwritten() {
        WrittenIncidents written = new WrittenIncidents();
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            UUID incident = i % 2 == 0 ? new UUID(random.nextLong(), random.nextLong()) : new UUID(0, i);
            written.add(incident);
            added.add(incident);
        }

        assertThat(added).allMatch(written::mayContain);
    }

    @Test
    void with_a_million_incidents_written_fewer_than_one_in_a_hundred_others_are_taken_for_written() {
        WrittenIncidents written = new WrittenIncidents();
        for (int i = 0; i < 1_000_000; i++) {
            written.add(new UUID(random.nextLong(), random.nextLong()));
        }

        // Random ids and sequential ones (not random at all): both spread over the filter.
        long mistaken = 0;
        for (int i = 0; i < 100_000; i++) {
            mistaken += written.mayContain(new UUID(random.nextLong(), random.nextLong())) ? 1 : 0;
            mistaken += written.mayContain(new UUID(1, i)) ? 1 : 0;
        }
        assertThat(mistaken).isLessThan(2_000);
    }
}
