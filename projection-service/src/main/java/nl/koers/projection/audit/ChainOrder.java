package nl.koers.projection.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Hands on a trail read in stored order (a sequential scan) in chain order per board (ADR 0064): each board's entries
 * by seq, boards interleaved as they come. The trail is appended in chain order per board, so entries mostly arrive in
 * order; one that arrives ahead of a missing predecessor waits until it comes. At most {@code window} entries wait: a
 * trail stored too far out of order makes {@link #offer} answer false, and the caller reads the rest per board by seq
 * from {@link #next}.
 */
final class ChainOrder {
    private final Map<String, Long> next;
    private final int window;
    private final Consumer<AuditTrail.Stored> each;
    private final Map<String, TreeMap<Long, AuditTrail.Stored>> waiting = new HashMap<>();
    private int waitingCount;

    /** @param first the lowest seq of each board in the trail (the same snapshot as the rows that follow) */
    ChainOrder(Map<String, Long> first, int window, Consumer<AuditTrail.Stored> each) {
        this.next = new HashMap<>(first);
        this.window = window;
        this.each = each;
    }

    /** Hands on the entry if it is its board's next, else keeps it; false when too many entries wait. */
    boolean offer(AuditTrail.Stored entry) {
        Long expected = next.get(entry.boardId());
        if (expected == null || entry.seq() < expected) {
            throw new IllegalStateException("entry " + entry.boardId() + "/" + entry.seq()
                    + " is not in the snapshot's range of its board");
        }
        if (entry.seq() > expected) {
            waiting.computeIfAbsent(entry.boardId(), b -> new TreeMap<>()).put(entry.seq(), entry);
            return ++waitingCount <= window;
        }
        each.accept(entry);
        long following = expected + 1;
        TreeMap<Long, AuditTrail.Stored> board = waiting.get(entry.boardId());
        while (board != null && !board.isEmpty() && board.firstKey() == following) {
            each.accept(board.pollFirstEntry().getValue());
            waitingCount--;
            following++;
        }
        next.put(entry.boardId(), following);
        return true;
    }

    /**
     * After the whole trail was offered: what still waits follows a seq that is not in the trail (an entry deleted by
     * hand; verification names it), and is handed on in order, as a read by seq would.
     */
    void drain() {
        waiting.forEach((board, entries) -> entries.values().forEach(each));
        waiting.clear();
        waitingCount = 0;
    }

    /** Per board, the lowest seq not yet handed on: where a read by seq goes on after {@link #offer} gave up. */
    Map<String, Long> next() {
        return next;
    }
}
