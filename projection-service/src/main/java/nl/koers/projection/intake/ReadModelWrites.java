package nl.koers.projection.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one way read models change their tables. Live (the intake) a write runs at once, in the intake's transaction,
 * so the event id and the change still commit together. During a replay (rebuild, as of) writes are collected and
 * flushed in JDBC batches instead of one round trip each (ADR 0051).
 *
 * <p>Reordering is what makes batches possible, and it is safe because every write names its table and the key of
 * the rows it touches: writes to different tables, or to different keys of one table, touch disjoint rows and commute
 * (no read-model statement reads another row). Writes to one key keep their order: the n-th write to a key goes into
 * round n, rounds run in order, and inside a round the writes of the same SQL form one batch.
 */
@Component
public class ReadModelWrites {
    private final JdbcTemplate jdbc;
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    ReadModelWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code key}: what identifies the rows this statement touches in {@code table} (a coarser key is also safe). */
    public void write(String table, Object key, String sql, Object... args) {
        Batch current = batch.get();
        if (current == null) {
            jdbc.update(sql, args);
        } else {
            current.add(table, key, sql, args);
        }
    }

    /**
     * Runs {@code work} with writes collected, then flushes them; the caller's transaction (and search path) must be
     * open, so the flushed writes land where the collected ones were meant to. {@link #flush()} may be called inside.
     */
    public <T> T batched(Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        batch.set(new Batch());
        try {
            T result = work.get();
            flush();
            return result;
        } finally {
            batch.remove();
        }
    }

    /** Writes what was collected so far (for a long replay: memory stays bounded, and a query can read after it). */
    public void flush() {
        Batch current = batch.get();
        if (current != null) {
            current.flush(jdbc);
        }
    }

    private record Write(String sql, Object[] args) {
    }

    private static final class Batch {
        private final Map<String, List<Map.Entry<Object, Write>>> byTable = new LinkedHashMap<>();

        void add(String table, Object key, String sql, Object[] args) {
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(Map.entry(key, new Write(sql, args)));
        }

        void flush(JdbcTemplate jdbc) {
            for (List<Map.Entry<Object, Write>> writes : byTable.values()) {
                Map<Object, Integer> seen = new HashMap<>();
                TreeMap<Integer, Map<String, List<Object[]>>> rounds = new TreeMap<>();
                for (Map.Entry<Object, Write> write : writes) {
                    int round = seen.merge(write.getKey(), 1, Integer::sum) - 1;
                    rounds.computeIfAbsent(round, r -> new LinkedHashMap<>())
                            .computeIfAbsent(write.getValue().sql(), s -> new ArrayList<>()).add(write.getValue().args());
                }
                rounds.values().forEach(round -> round.forEach(jdbc::batchUpdate));
            }
            byTable.clear();
        }
    }
}
