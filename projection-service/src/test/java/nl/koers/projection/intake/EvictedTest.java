package nl.koers.projection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rebuild's memory of groups that left its fold may say "maybe" wrongly, never "no" wrongly (ADR 0062, 0063). */
class EvictedTest {
    private static final Table TABLE = Table.of("t", "k uuid").key("k");
    private final Random random = new Random(8);

    @Test
    void a_group_that_was_added_is_never_taken_for_one_that_stayed() {
        Evicted evicted = new Evicted();
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            UUID group = (i % 2 == 0 ? new UUID(random.nextLong(), random.nextLong()) : new UUID(0, i));
            evicted.add(TABLE, group);
            added.add(group);
        }

        assertThat(added).allMatch(group -> evicted.mayContain(TABLE, group));
    }

    @Test
    void with_a_million_groups_evicted_fewer_than_one_in_a_hundred_others_are_taken_for_evicted() {
        Evicted evicted = new Evicted();
        for (int i = 0; i < 1_000_000; i++) {
            evicted.add(TABLE, new UUID(random.nextLong(), random.nextLong()));
        }

        // Random ids and sequential ones (not random at all): both spread over the filter.
        long mistaken = 0;
        for (int i = 0; i < 100_000; i++) {
            mistaken += evicted.mayContain(TABLE, new UUID(random.nextLong(), random.nextLong())) ? 1 : 0;
            mistaken += evicted.mayContain(TABLE, new UUID(1, i)) ? 1 : 0;
        }
        assertThat(mistaken).isLessThan(2_000);
    }
}
