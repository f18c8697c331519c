package nl.koers.projection.intake;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ConnectionCallback;
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
    /** The updates that may be combined, by their live SQL. */
    private final Map<String, Update> bulk = new ConcurrentHashMap<>();

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
     * {@link #write} of an {@link Update}: live one statement; in a replay the round's updates of the same form go to
     * the database as one {@code UPDATE … FROM unnest(…)} instead of one statement each (ADR 0062).
     */
    public void update(String table, Object key, Update update, Object... args) {
        write(table, key, update.sql(), args);
        bulk.putIfAbsent(update.sql(), update);
    }

    /**
     * An update by key: sets {@code columns} where {@code keys} equal the arguments, which come in that order (the set
     * values, then the keys). {@code types} are the SQL types of columns and keys, in the same order.
     */
    public record Update(String table, List<String> columns, List<String> keys, List<String> types) {
        public Update {
            if (types.size() != columns.size() + keys.size()) {
                throw new IllegalArgumentException("a type for every column and key");
            }
        }

        String sql() {
            return "update " + table + " set " + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                    + " where " + String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
        }

        /** One statement for many rows: each argument position becomes a text array, cast back to its type. */
        String bulkSql() {
            List<String> all = new ArrayList<>(columns);
            all.addAll(keys);
            List<String> arrays = all.stream().map(c -> "?::text[]").toList();
            List<String> sets = columns.stream().map(c -> c + " = u." + c + "::" + types.get(all.indexOf(c)))
                    .toList();
            List<String> where = keys.stream().map(k -> "t." + k + " = u." + k + "::" + types.get(all.indexOf(k)))
                    .toList();
            return "update " + table + " t set " + String.join(", ", sets) + " from unnest(" + String.join(", ", arrays)
                    + ") as u(" + String.join(", ", all) + ") where " + String.join(" and ", where);
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
            current.flush(jdbc, bulk);
        }
    }

    private record Write(String sql, Object[] args) {
    }

    private static final class Batch {
        private final Map<String, List<Map.Entry<Object, Write>>> byTable = new LinkedHashMap<>();

        void add(String table, Object key, String sql, Object[] args) {
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(Map.entry(key, new Write(sql, args)));
        }

        void flush(JdbcTemplate jdbc, Map<String, Update> bulk) {
            for (List<Map.Entry<Object, Write>> writes : byTable.values()) {
                Map<Object, Integer> seen = new HashMap<>();
                TreeMap<Integer, Map<String, List<Object[]>>> rounds = new TreeMap<>();
                for (Map.Entry<Object, Write> write : writes) {
                    int round = seen.merge(write.getKey(), 1, Integer::sum) - 1;
                    rounds.computeIfAbsent(round, r -> new LinkedHashMap<>())
                            .computeIfAbsent(write.getValue().sql(), s -> new ArrayList<>()).add(write.getValue().args());
                }
                rounds.values().forEach(round -> round.forEach((sql, args) -> {
                    Update update = bulk.get(sql);
                    if (update == null || args.size() == 1) {
                        jdbc.batchUpdate(sql, args);
                    } else {
                        bulkUpdate(jdbc, update, args); // a round holds each key once: the rows are distinct
                    }
                }));
            }
            byTable.clear();
        }

        private static void bulkUpdate(JdbcTemplate jdbc, Update update, List<Object[]> rows) {
            int width = rows.getFirst().length;
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(update.bulkSql())) {
                    for (int column = 0; column < width; column++) {
                        String[] values = new String[rows.size()];
                        for (int row = 0; row < rows.size(); row++) {
                            values[row] = text(rows.get(row)[column]);
                        }
                        statement.setArray(column + 1, connection.createArrayOf("text", values));
                    }
                    statement.executeUpdate();
                }
                return null;
            });
        }

        /** A bound value as PostgreSQL's text input reads it back (a Timestamp in UTC with its microseconds). */
        private static String text(Object value) {
            return switch (value) {
                case null -> null;
                // Rounded half up to the microsecond, as pgjdbc binds a Timestamp (PostgreSQL would round to even).
                case Timestamp t -> Instant.ofEpochSecond(t.toInstant().getEpochSecond(),
                        (t.getNanos() + 500) / 1_000 * 1_000L).toString();
                default -> value.toString();
            };
        }
    }
}
