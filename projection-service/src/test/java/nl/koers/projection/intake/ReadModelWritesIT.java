package nl.koers.projection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import nl.koers.platform.test.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Collected and folded writes must leave a table exactly as the same writes run one by one would: a random history of
 * inserts, upserts, updates and deletes of a group on a few keys (so one key is written many times per batch), once
 * live, once batched and once folded, compared row for row. This is what a rebuild relies on to equal the live read
 * models (ADR 0051, 0062, 0063).
 */
class ReadModelWritesIT {
    private static final Instant AT = Instant.parse("2026-11-20T10:15:00Z");
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        String url = TestPostgres.database("projection_writes");
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url + (url.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", TestPostgres.user(), "", true));
    }

    /** A fresh table of the test's shape; with {@code amount numeric} a fold copies it as text, otherwise binary. */
    private static Forms table(String name, boolean numeric) {
        jdbc.execute("drop table if exists " + name);
        String columns = "k integer, part integer, n integer, note text, at timestamptz, day date, "
                + "x double precision, id uuid" + (numeric ? ", amount numeric" : "");
        jdbc.execute("create table " + name + " (" + columns + ", primary key (k, part))");
        return new Forms(Table.of(name, columns).key(List.of("k", "part"), List.of("k")), numeric);
    }

    /** The forms a read model may use, on one table keyed by (k, part) and grouped by k. */
    private record Forms(Table table, boolean numeric, Write.Insert keep, Write.Insert upsert, Write.Update note,
            Write.Update all, Write.Delete group) {
        Forms(Table table, boolean numeric) {
            this(table, numeric, Write.insert(table, "k, part, n, note, day"),
                    Write.insert(table, "k, part, n, at, x").orUpdate("n, at, x"), Write.update(table, "note, at"),
                    Write.update(table, numeric ? "n, note, at, day, x, id, amount" : "n, note, at, day, x, id"),
                    Write.delete(table));
        }

        List<Map<String, Object>> rows() {
            return jdbc.queryForList("select * from " + table.name() + " order by k, part");
        }
    }

    @Test
    void batched_writes_leave_the_table_as_the_same_writes_one_by_one() {
        ReadModelWrites writes = new ReadModelWrites(jdbc);
        for (boolean numeric : List.of(false, true)) {
            Forms live = table("live", numeric);
            Forms batched = table("batched", numeric);
            history(writes, live, new Random(1), () -> { });
            writes.batched(() -> {
                history(writes, batched, new Random(1), () -> { });
                return null;
            });

            assertThat(live.rows()).hasSizeGreaterThan(10);
            assertThat(batched.rows()).isEqualTo(live.rows());
        }
    }

    @Test
    void folded_writes_leave_the_table_as_the_same_writes_one_by_one_whatever_left_memory_when() {
        ReadModelWrites writes = new ReadModelWrites(jdbc);
        for (boolean numeric : List.of(false, true)) {
            Forms live = table("live", numeric);
            history(writes, live, new Random(2), () -> { });
            // A roomy fold (nothing leaves before the end), a tight one (groups leave and come back as SQL), a tight
            // one whose filter of groups that left is full (every group not in memory "may" have left), and a tight one
            // that holds the SQL writes back until the end (a rebuild's tables get their keys then, ADR 0065).
            for (Fold fold : List.of(new Fold(10_000), new Fold(4), new Fold(4, new Evicted(6)), deferring(4))) {
                Forms folded = table("folded", numeric);
                writes.folded(fold, () -> {
                    history(writes, folded, new Random(2), writes::flush);
                    fold.evictAll();
                    writes.flush();
                    if (fold.deferring()) {
                        assertThat(fold.deferred()).isPositive();
                        fold.stopDeferring().forEach(writes::run);
                    }
                    return null;
                });

                assertThat(fold.held()).isZero();
                assertThat(folded.rows()).hasSizeGreaterThan(10).isEqualTo(live.rows());
            }
        }
    }

    private static Fold deferring(int capacity) {
        Fold fold = new Fold(capacity);
        fold.startDeferring();
        return fold;
    }

    @Test
    void updates_of_one_form_in_a_round_are_one_statement_that_leaves_the_rows_as_one_each_would() {
        ReadModelWrites writes = new ReadModelWrites(jdbc);
        Forms live = table("bulk_live", false);
        Forms batched = table("bulk_batched", false);
        // Half a microsecond on an even and on an odd microsecond (pgjdbc rounds both up, PostgreSQL's text input
        // would round the first down), a whole one, nanoseconds, and nulls.
        Object[][] rows = {{"a", Timestamp.from(AT.plusNanos(2_500))}, {"b", Timestamp.from(AT.plusNanos(3_500))},
            {null, Timestamp.from(AT.plusNanos(4_000))}, {"d", Timestamp.from(AT.plusNanos(5_499))}, {"e", null},
            {null, null}};
        for (Forms forms : List.of(live, batched)) {
            for (int k = 0; k < rows.length; k++) {
                jdbc.update("insert into " + forms.table().name() + " (k, part, note, at) values (?, 0, 'before', "
                        + "now())", k);
            }
            Runnable all = () -> {
                for (int k = 0; k < rows.length; k++) {
                    writes.update(forms.note(), rows[k][0], rows[k][1], k, 0);
                }
            };
            if (forms == live) {
                all.run();
            } else {
                writes.batched(() -> {
                    all.run();
                    return null;
                });
            }
        }

        assertThat(live.rows()).extracting(row -> row.get("note")).containsExactly("a", "b", null, "d", "e", null);
        assertThat(batched.rows()).isEqualTo(live.rows());
    }

    @Test
    void a_flush_inside_a_batch_writes_what_was_collected_so_far() {
        ReadModelWrites writes = new ReadModelWrites(jdbc);
        Forms flushed = table("flushed", false);
        long seen = writes.batched(() -> {
            writes.insert(flushed.keep(), 1, 0, 1, null, null);
            long before = jdbc.queryForObject("select count(*) from flushed", Long.class);
            writes.flush();
            return before * 10 + jdbc.queryForObject("select count(*) from flushed", Long.class);
        });
        assertThat(seen).isEqualTo(1); // nothing before the flush, the row after it
    }

    /**
     * Writes grouped by k, some addressing one (k, part), the delete all parts of a k; {@code chunk} runs every 50
     * writes (a rebuild's chunk boundary). Times land on half microseconds, doubles and amounts are arbitrary.
     */
    private static void history(ReadModelWrites writes, Forms forms, Random random, Runnable chunk) {
        for (int i = 0; i < 2_000; i++) {
            int k = random.nextInt(15);
            int part = random.nextInt(3);
            String text = random.nextBoolean() ? null : "n" + i + (i % 7 == 0 ? "\ttab\\slash\nline" : "");
            Timestamp at = random.nextBoolean() ? null : Timestamp.from(AT.plusNanos(random.nextInt(5_000) * 250L));
            Date day = random.nextBoolean() ? null : Date.valueOf(LocalDate.of(2027, 3, 1).plusDays(i % 400));
            Double x = random.nextBoolean() ? null : random.nextGaussian() * 1e3;
            Consumer<Object[]> all = args -> writes.update(forms.all(), args);
            switch (random.nextInt(5)) {
                case 0 -> writes.insert(forms.keep(), k, part, i, text, day);
                case 1 -> writes.insert(forms.upsert(), k, part, i, at, x);
                case 2 -> writes.update(forms.note(), text, at, k, part);
                case 3 -> writes.delete(forms.group(), k);
                default -> all.accept(forms.numeric()
                        ? new Object[] {i, text, at, day, x, new UUID(i, k),
                            random.nextBoolean() ? null : new BigDecimal(random.nextInt(100_000)).movePointLeft(2),
                            k, part}
                        : new Object[] {i, text, at, day, x, random.nextBoolean() ? null : new UUID(i, k),
                            k, part});
            }
            if (i % 50 == 49) {
                chunk.run();
            }
        }
    }
}
