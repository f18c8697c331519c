package nl.koers.projection.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A rebuild's read-model rows held in memory (ADR 0063): each {@link Write} is carried out on the rows of its group
 * here instead of in the database, and every row is written once, by {@code COPY}, when its group leaves memory.
 *
 * <p>This is exact because a rebuild's tables start empty and only the rebuild writes them: a group that never left
 * memory has no rows in the database, so the rows held are all there are. Memory is bounded: beyond {@code capacity}
 * rows the oldest groups of the fullest table leave (their rows are copied at the next {@link #copy}) and are marked in a
 * Bloom filter. A later write to such a group (or to one the filter wrongly says may have left) is not folded:
 * {@link #apply} answers false and the caller runs its SQL, after the copy, which is right whether or not the rows
 * exist. Groups are disjoint, so folded and SQL writes of different groups commute.
 */
public final class Fold {
    private final int capacity;
    private final Evicted evicted;
    /** Per table, its groups in the order they came: the head is the oldest. */
    private final Map<Table, Held> tables = new LinkedHashMap<>();
    /** Rows of groups that left memory, per table, until {@link #copy}. */
    private final Map<Table, List<Object[]>> leaving = new LinkedHashMap<>();
    private int rows;
    /** For the rebuild's log: rows copied, and writes left to SQL because their group had left memory. */
    private long copied;
    private long declined;
    /** Writes of groups that left memory, held until the tables have their keys; null while they run at once. */
    private List<Deferred> deferred;

    /** @param capacity rows held in memory before the oldest groups of the fullest table leave */
    public Fold(int capacity) {
        this(capacity, new Evicted());
    }

    Fold(int capacity, Evicted evicted) {
        this.capacity = capacity;
        this.evicted = evicted;
    }

    /**
     * One table's groups held in memory, oldest first, and how many rows they hold. In the order they came, not of
     * their last write: keeping access order relinked an old entry on every write, and each such store marked a card
     * that the next young collection had to scan (half the rebuild's pauses, ADR 0063).
     */
    private static final class Held {
        final LinkedHashMap<Object, List<Object[]>> groups = new LinkedHashMap<>(1 << 10);
        int rows;
    }

    /**
     * Carries the write out on the rows held for its group; false if the group's rows may be in the database already
     * (the caller then runs the write's SQL after {@link #copy}).
     */
    public boolean apply(Write write, Object group, Object[] args) {
        Held table = tables.computeIfAbsent(write.table(), t -> new Held());
        List<Object[]> held = table.groups.get(group);
        if (held == null) {
            if (evicted.mayContain(write.table(), group)) {
                declined++;
                return false;
            }
            held = new ArrayList<>(1);
            table.groups.put(group, held);
        }
        int before = held.size();
        switch (write) {
            case Write.Insert insert -> insert(insert, held, args);
            case Write.Update update -> update(update, held, args);
            case Write.Delete delete -> held.clear();
        }
        table.rows += held.size() - before;
        rows += held.size() - before;
        if (rows > capacity) {
            evict(capacity - capacity / 4);
        }
        return true;
    }

    private static void insert(Write.Insert insert, List<Object[]> held, Object[] args) {
        Object[] row = find(held, insert.rowKey(), args, insert.keyArgs());
        if (row == null) {
            row = new Object[insert.table().columns().size()];
            int[] positions = insert.positions();
            for (int i = 0; i < positions.length; i++) {
                row[positions[i]] = args[i];
            }
            held.add(row);
        } else {
            for (int[] update : insert.updates()) {
                row[update[0]] = args[update[1]];
            }
        }
    }

    private static void update(Write.Update update, List<Object[]> held, Object[] args) {
        Object[] row = find(held, update.rowKey(), args, update.keyArgs());
        if (row != null) {
            int[] positions = update.positions();
            for (int i = 0; i < positions.length; i++) {
                row[positions[i]] = args[i];
            }
        }
    }

    /** The held row whose key (at {@code rowKey}) equals the arguments' (at {@code keyArgs}), or null. */
    private static Object[] find(List<Object[]> held, int[] rowKey, Object[] args, int[] keyArgs) {
        for (Object[] row : held) {
            boolean same = true;
            for (int i = 0; i < rowKey.length && same; i++) {
                same = Objects.equals(row[rowKey[i]], args[keyArgs[i]]);
            }
            if (same) {
                return row;
            }
        }
        return null;
    }

    /** Every group leaves memory: the end of the history. */
    public void evictAll() {
        tables.forEach((table, held) -> {
            while (!held.groups.isEmpty()) {
                leave(table, held);
            }
        });
    }

    /**
     * Groups leave until at most {@code target} rows are held: always the oldest group of the table holding the most
     * rows. A table of few, often rewritten groups (a plan's topics) stays while the many rows of a large one
     * (incidents, most of them never written again after their first days) make room.
     */
    private void evict(int target) {
        while (rows > target) {
            Map.Entry<Table, Held> fullest = null;
            for (Map.Entry<Table, Held> table : tables.entrySet()) {
                if (fullest == null || table.getValue().rows > fullest.getValue().rows) {
                    fullest = table;
                }
            }
            leave(fullest.getKey(), fullest.getValue());
        }
    }

    /** The table's oldest group leaves memory; its rows are copied at the next {@link #copy}. */
    private void leave(Table table, Held held) {
        Iterator<Map.Entry<Object, List<Object[]>>> oldest = held.groups.entrySet().iterator();
        Map.Entry<Object, List<Object[]>> group = oldest.next();
        oldest.remove();
        List<Object[]> groupRows = group.getValue();
        if (!groupRows.isEmpty()) { // an empty group has no rows in the database either: it may come back fresh
            evicted.add(table, group.getKey());
            leaving.computeIfAbsent(table, t -> new ArrayList<>()).addAll(groupRows);
            held.rows -= groupRows.size();
            rows -= groupRows.size();
        }
    }

    /** Copies the rows of the groups that left memory into their tables (the search path says which schema). */
    public void copy(Connection connection) throws SQLException {
        for (Map.Entry<Table, List<Object[]>> table : leaving.entrySet()) {
            CopyRows.copy(connection, table.getKey(), table.getValue());
            copied += table.getValue().size();
        }
        leaving.clear();
    }

    /** The rows that left memory and await {@link #copy}, per table. */
    void leaving(BiConsumer<Table, List<Object[]>> each) {
        leaving.forEach(each);
    }

    /** A write the fold could not carry out, with its arguments. */
    public record Deferred(Write write, Object[] args) {
    }

    /** From now on {@link #defer} holds the writes {@link #apply} declines, until {@link #stopDeferring}. */
    public void startDeferring() {
        deferred = new ArrayList<>();
    }

    /**
     * Holds a write that {@link #apply} declined until the rebuild's tables have their keys (ADR 0065); false when not
     * deferring: the caller runs it at the end of the chunk.
     */
    public boolean defer(Write write, Object[] args) {
        if (deferred == null) {
            return false;
        }
        deferred.add(new Deferred(write, args));
        return true;
    }

    public boolean deferring() {
        return deferred != null;
    }

    public int deferred() {
        return deferred == null ? 0 : deferred.size();
    }

    /** The writes held so far, in order, for the caller to run; from now on declined writes are not held. */
    public List<Deferred> stopDeferring() {
        List<Deferred> held = deferred;
        deferred = null;
        return held;
    }

    @Override
    public String toString() {
        return "rows copied " + copied + ", writes run as SQL after their group left memory " + declined;
    }

    /** Rows held in memory now. */
    public int held() {
        return rows;
    }
}
