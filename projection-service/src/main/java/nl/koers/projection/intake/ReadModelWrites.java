package nl.koers.projection.intake;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one way read models change their tables: a {@link Write} form and its arguments. Live (the intake) a write runs
 * at once, in the intake's transaction, so the event id and the change still commit together. During a replay (the
 * catch-up of a rebuild, as of) writes are collected and flushed in JDBC batches instead of one round trip each (ADR
 * 0051). A rebuild folds them in memory and copies the resulting rows (ADR 0063, {@link Fold}).
 *
 * <p>Reordering is what makes batches possible, and it is safe because every write addresses one group of rows of
 * one table: writes to different tables, or to different groups of one table, touch disjoint rows and commute (no
 * read-model statement reads another row). Writes to one group keep their order: the n-th write to a group goes into
 * round n, rounds run in order, and inside a round the writes of the same form are one batch, updates one
 * {@code UPDATE … FROM unnest(…)} (ADR 0062).
 */
@Component
public class ReadModelWrites {
    private final JdbcTemplate jdbc;
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    ReadModelWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Write.Insert insert, Object... args) {
        write(insert, args);
    }

    public void update(Write.Update update, Object... args) {
        write(update, args);
    }

    public void delete(Write.Delete delete, Object... args) {
        write(delete, args);
    }

    private void write(Write write, Object[] args) {
        Batch current = batch.get();
        Fold fold = current == null ? null : current.fold;
        if (fold == null || !fold.apply(write, write.group(args), args) && !fold.defer(write, args)) {
            sql(write, args);
        }
    }

    /** A write a fold held back ({@link Fold#defer}): run as SQL, collected with the others if they are. */
    public void run(Fold.Deferred deferred) {
        sql(deferred.write(), deferred.args());
    }

    /** The write as its SQL: at once live, collected for the next flush in a replay. */
    private void sql(Write write, Object[] args) {
        Batch current = batch.get();
        if (current == null) {
            jdbc.update(write.sql(), args);
        } else {
            current.add(write, write.group(args), args);
        }
    }

    /**
     * Runs {@code work} with writes collected, then flushes them; the caller's transaction (and search path) must be
     * open, so the flushed writes land where the collected ones were meant to. {@link #flush()} may be called inside.
     */
    public <T> T batched(Supplier<T> work) {
        return collecting(null, work);
    }

    /**
     * Runs {@code work} with writes folded into {@code fold} where they can be; at the end copies the rows that left
     * it, then runs the writes it could not fold (of groups whose rows may be in the database: after their copy).
     */
    public <T> T folded(Fold fold, Supplier<T> work) {
        return collecting(fold, work);
    }

    private <T> T collecting(Fold fold, Supplier<T> work) {
        if (batch.get() != null) {
            if (fold != null) {
                throw new IllegalStateException("a fold inside collected writes");
            }
            return work.get(); // already collected: flushed by whoever started collecting
        }
        batch.set(new Batch(fold));
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
            if (current.fold != null) {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    current.fold.copy(connection);
                    return null;
                });
            }
            current.flush(jdbc);
        }
    }

    /** A bound value as PostgreSQL's text input reads it back (a Timestamp in UTC with its microseconds). */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            // Rounded half up to the microsecond, as pgjdbc binds a Timestamp (PostgreSQL would round to even).
            case Timestamp t -> Instant.ofEpochSecond(t.toInstant().getEpochSecond(),
                    (t.getNanos() + 500) / 1_000 * 1_000L).toString();
            case Date d -> d.toLocalDate().toString();
            default -> value.toString();
        };
    }

    private record Collected(Write write, Object[] args) {
    }

    private static final class Batch {
        private final Fold fold;
        private final Map<Table, List<Map.Entry<Object, Collected>>> byTable = new LinkedHashMap<>();

        Batch(Fold fold) {
            this.fold = fold;
        }

        void add(Write write, Object group, Object[] args) {
            byTable.computeIfAbsent(write.table(), t -> new ArrayList<>()).add(Map.entry(group,
                    new Collected(write, args)));
        }

        void flush(JdbcTemplate jdbc) {
            for (List<Map.Entry<Object, Collected>> writes : byTable.values()) {
                Map<Object, Integer> seen = new HashMap<>();
                TreeMap<Integer, Map<Write, List<Object[]>>> rounds = new TreeMap<>();
                for (Map.Entry<Object, Collected> write : writes) {
                    int round = seen.merge(write.getKey(), 1, Integer::sum) - 1;
                    rounds.computeIfAbsent(round, r -> new LinkedHashMap<>())
                            .computeIfAbsent(write.getValue().write(), s -> new ArrayList<>())
                            .add(write.getValue().args());
                }
                rounds.values().forEach(round -> round.forEach((write, args) -> {
                    if (write instanceof Write.Update update && args.size() > 1) {
                        bulkUpdate(jdbc, update, args); // a round holds each group once: the rows are distinct
                    } else {
                        jdbc.batchUpdate(write.sql(), args);
                    }
                }));
            }
            byTable.clear();
        }

        private static void bulkUpdate(JdbcTemplate jdbc, Write.Update update, List<Object[]> rows) {
            int width = rows.getFirst().length;
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(update.bulkSql())) {
                    for (int column = 0; column < width; column++) {
                        statement.setArray(column + 1, connection.createArrayOf("text", column(rows, column)));
                    }
                    statement.executeUpdate();
                }
                return null;
            });
        }

        private static String[] column(List<Object[]> rows, int column) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                values[row] = text(rows.get(row)[column]);
            }
            return values;
        }
    }
}
