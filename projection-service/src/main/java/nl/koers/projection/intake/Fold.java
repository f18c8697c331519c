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
 * rows the least recently written groups leave (their rows are copied at the next {@link #copy}) and are marked in a
 * Bloom filter. A later write to such a group (or to one the filter wrongly says may have left) is not folded:
 * {@link #apply} answers false and the caller runs its SQL, after the copy, which is right whether or not the rows
 * exist. Groups are disjoint, so folded and SQL writes of different groups commute.
 */
public final class Fold {
    private final int capacity;
    private final Evicted evicted;
    /** In access order: the head is the group written longest ago. */
    private final LinkedHashMap<GroupRef, List<Object[]>> groups = new LinkedHashMap<>(1 << 16, 0.75f, true);
    /** Rows of groups that left memory, per table, until {@link #copy}. */
    private final Map<Table, List<Object[]>> leaving = new LinkedHashMap<>();
    private int rows;
    /** For the rebuild's log: rows copied, and writes left to SQL because their group had left memory. */
    private long copied;
    private long declined;

    /** @param capacity rows held in memory before the oldest groups leave */
    public Fold(int capacity) {
        this(capacity, new Evicted());
    }

    Fold(int capacity, Evicted evicted) {
        this.capacity = capacity;
        this.evicted = evicted;
    }

    /**
     * Carries the write out on the rows held for its group; false if the group's rows may be in the database already
     * (the caller then runs the write's SQL after {@link #copy}).
     */
    public boolean apply(Write write, Object group, Object[] args) {
        GroupRef ref = new GroupRef(write.table(), group);
        List<Object[]> held = groups.get(ref);
        if (held == null) {
            if (evicted.mayContain(ref)) {
                declined++;
                return false;
            }
            held = new ArrayList<>(1);
            groups.put(ref, held);
        }
        rows -= held.size();
        switch (write) {
            case Write.Insert insert -> insert(insert, held, args);
            case Write.Update update -> update(update, held, args);
            case Write.Delete delete -> held.clear();
        }
        rows += held.size();
        if (rows > capacity) {
            evict(capacity / 2);
        }
        return true;
    }

    private static void insert(Write.Insert insert, List<Object[]> held, Object[] args) {
        Object[] row = find(insert.table(), held, insert.key(args));
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
        Object[] row = find(update.table(), held, update.key(args));
        if (row != null) {
            int[] positions = update.positions();
            for (int i = 0; i < positions.length; i++) {
                row[positions[i]] = args[i];
            }
        }
    }

    /** The held row with this key (one value, or a list of the key's values in key order), or null. */
    private static Object[] find(Table table, List<Object[]> held, Object key) {
        int width = table.key().size();
        for (Object[] row : held) {
            if (width == 1 ? Objects.equals(row[table.position(table.key().getFirst())], key)
                    : keyOf(table, row).equals(key)) {
                return row;
            }
        }
        return null;
    }

    private static List<Object> keyOf(Table table, Object[] row) {
        List<Object> key = new ArrayList<>(table.key().size());
        table.key().forEach(k -> key.add(row[table.position(k)]));
        return key;
    }

    /** Every group leaves memory: the end of the history. */
    public void evictAll() {
        evict(0);
    }

    /** The least recently written groups leave until at most {@code target} rows are held. */
    private void evict(int target) {
        for (Iterator<Map.Entry<GroupRef, List<Object[]>>> it = groups.entrySet().iterator();
                rows > target || (target == 0 && it.hasNext()); ) {
            Map.Entry<GroupRef, List<Object[]>> group = it.next();
            it.remove();
            List<Object[]> held = group.getValue();
            if (!held.isEmpty()) { // an empty group has no rows in the database either: it may come back fresh
                evicted.add(group.getKey());
                leaving.computeIfAbsent(group.getKey().table(), t -> new ArrayList<>()).addAll(held);
                rows -= held.size();
            }
        }
    }

    @Override
    public String toString() {
        return "rows copied " + copied + ", writes run as SQL after their group left memory " + declined;
    }

    /** Rows held in memory now. */
    public int held() {
        return rows;
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

    /** A group of one table; tables compare by identity (one declaration per table), groups by value. */
    record GroupRef(Table table, Object group) {
        @Override
        public boolean equals(Object o) {
            return o instanceof GroupRef other && other.table == table && other.group.equals(group);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(table) * 31 + group.hashCode();
        }
    }
}
