package nl.koers.projection.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A trail read as stored is handed on in chain order per board (ADR 0064). */
class ChainOrderTest {
    final List<String> handed = new ArrayList<>();

    ChainOrder order(int window) {
        return new ChainOrder(Map.of("A", 1L, "B", 5L), window, entry -> handed.add(entry.boardId() + entry.seq()));
    }

    static AuditTrail.Stored entry(String board, long seq) {
        return new AuditTrail.Stored(board, seq, board + seq, "type", "record", null, null, Instant.EPOCH, new byte[0]);
    }

    @Test
    void entries_stored_in_chain_order_are_handed_on_as_they_come() {
        ChainOrder order = order(10);
        for (AuditTrail.Stored entry : List.of(entry("A", 1), entry("B", 5), entry("A", 2), entry("B", 6))) {
            assertThat(order.offer(entry)).isTrue();
        }

        assertThat(handed).containsExactly("A1", "B5", "A2", "B6");
    }

    @Test
    void an_entry_stored_ahead_of_its_predecessor_waits_for_it_and_other_boards_do_not() {
        ChainOrder order = order(10);
        order.offer(entry("A", 3));
        order.offer(entry("A", 2));
        order.offer(entry("B", 5));
        order.offer(entry("A", 1));

        assertThat(handed).containsExactly("B5", "A1", "A2", "A3");
    }

    @Test
    void what_follows_an_entry_missing_from_the_trail_is_handed_on_in_order_at_the_end() {
        ChainOrder order = order(10);
        order.offer(entry("A", 1));
        order.offer(entry("A", 4));
        order.offer(entry("A", 3)); // A2 was deleted by hand
        order.drain();

        assertThat(handed).containsExactly("A1", "A3", "A4");
    }

    @Test
    void more_waiting_entries_than_the_window_give_up_where_each_board_goes_on() {
        ChainOrder order = order(1);
        order.offer(entry("A", 1));
        assertThat(order.offer(entry("A", 3))).isTrue();
        assertThat(order.offer(entry("A", 4))).isFalse();

        assertThat(handed).containsExactly("A1");
        assertThat(order.next()).containsEntry("A", 2L).containsEntry("B", 5L);
    }
}
