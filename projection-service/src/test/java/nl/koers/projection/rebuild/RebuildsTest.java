package nl.koers.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a rebuild splits the boards among its readers (ADR 0064). */
class RebuildsTest {
    @Test
    void the_boards_are_split_into_sets_of_about_equal_history_each_board_in_one() {
        List<Set<String>> parts = Rebuilds.partition(Map.of("A", 100L, "B", 60L, "C", 50L, "D", 10L), 2);

        assertThat(parts).containsExactlyInAnyOrder(Set.of("A", "D"), Set.of("B", "C"));
    }

    @Test
    void fewer_boards_than_readers_leave_the_other_readers_out() {
        assertThat(Rebuilds.partition(Map.of("A", 5L), 2)).containsExactly(Set.of("A"));
        assertThat(Rebuilds.partition(Map.of(), 2)).isEmpty();
    }

    @Test
    void an_empty_trail_still_has_one_reader_so_the_replay_ends() {
        assertThat(Rebuilds.readers(Map.of())).containsExactly(Set.of());
        assertThat(Rebuilds.readers(Map.of("A", 5L, "B", 4L))).hasSize(2);
    }
}
