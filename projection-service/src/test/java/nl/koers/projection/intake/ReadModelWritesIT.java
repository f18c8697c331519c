package nl.koers.projection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.koers.platform.test.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Batched writes must leave a table exactly as the same writes run one by one would: a random history of inserts,
 * upserts, updates and delete-then-insert on a few keys (so one key is written many times per batch), once live and
 * once batched, compared row for row. This is what a rebuild relies on to equal the live read models.
 */
class ReadModelWritesIT {
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        String url = TestPostgres.database("projection_writes");
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url + (url.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", TestPostgres.user(), "", true));
        for (String table : List.of("live", "batched", "flushed")) {
            jdbc.execute("drop table if exists " + table);
            jdbc.execute("create table " + table + " (k integer, part integer, n integer not null, note text, "
                    + "at timestamptz, primary key (k, part))");
        }
    }

    @Test
    void batched_writes_leave_the_table_as_the_same_writes_one_by_one() {
        ReadModelWrites writes = new ReadModelWrites(jdbc);
        apply(writes, "live", new Random(1));
        writes.batched(() -> {
            apply(writes, "batched", new Random(1));
            return null;
        });

        List<Map<String, Object>> live = jdbc.queryForList("select * from live order by k, part");
        assertThat(live).hasSizeGreaterThan(10);
        assertThat(jdbc.queryForList("select * from batched order by k, part")).isEqualTo(live);
    }

    @Test
    void updates_of_one_form_in_a_round_are_one_statement_that_leaves_the_rows_as_one_each_would() {
        ReadModelWrites writes = new ReadModelWrites(jdbc);
        Instant at = Instant.parse("2026-11-20T10:15:00Z");
        for (String table : List.of("bulk_live", "bulk_batched")) {
            jdbc.execute("drop table if exists " + table);
            jdbc.execute("create table " + table + " (k integer primary key, note text, at timestamptz)");
            for (int k = 0; k < 6; k++) {
                jdbc.update("insert into " + table + " values (?, 'before', now())", k);
            }
        }
        // Half a microsecond on an even and on an odd microsecond (pgjdbc rounds both up, PostgreSQL's text input
        // would round the first down), a whole one, nanoseconds, and nulls.
        Object[][] rows = {{"a", Timestamp.from(at.plusNanos(2_500))}, {"b", Timestamp.from(at.plusNanos(3_500))},
            {null, Timestamp.from(at.plusNanos(4_000))}, {"d", Timestamp.from(at.plusNanos(5_499))}, {"e", null},
            {null, null}};
        for (String table : List.of("bulk_live", "bulk_batched")) {
            ReadModelWrites.Update update = new ReadModelWrites.Update(table, List.of("note", "at"), List.of("k"),
                    List.of("text", "timestamptz", "integer"));
            Runnable all = () -> {
                for (int k = 0; k < rows.length; k++) {
                    writes.update(table, k, update, rows[k][0], rows[k][1], k);
                }
            };
            if (table.equals("bulk_live")) {
                all.run();
            } else {
                writes.batched(() -> {
                    all.run();
                    return null;
                });
            }
        }

        List<Map<String, Object>> live = jdbc.queryForList("select * from bulk_live order by k");
        assertThat(live).extracting(row -> row.get("note")).containsExactly("a", "b", null, "d", "e", null);
        assertThat(jdbc.queryForList("select * from bulk_batched order by k")).isEqualTo(live);
    }

    @Test
    void a_flush_inside_a_batch_writes_what_was_collected_so_far() {
        ReadModelWrites writes = new ReadModelWrites(jdbc);
        long seen = writes.batched(() -> {
            writes.write("flushed", 1, "insert into flushed (k, part, n) values (?, 0, 1)", 1);
            long before = jdbc.queryForObject("select count(*) from flushed", Long.class);
            writes.flush();
            return before * 10 + jdbc.queryForObject("select count(*) from flushed", Long.class);
        });
        assertThat(seen).isEqualTo(1); // nothing before the flush, the row after it
    }

    /** Keyed by k: the statements touch the rows of one k, some all of its parts at once. */
    private static void apply(ReadModelWrites writes, String table, Random random) {
        for (int i = 0; i < 2_000; i++) {
            int k = random.nextInt(15);
            int part = random.nextInt(3);
            switch (random.nextInt(5)) {
                case 0 -> writes.write(table, k, "insert into " + table + " (k, part, n, note) values (?, ?, ?, ?) "
                        + "on conflict do nothing", k, part, i, random.nextBoolean() ? null : "n" + i);
                case 1 -> writes.write(table, k, "insert into " + table + " (k, part, n) values (?, ?, ?) "
                        + "on conflict (k, part) do update set n = excluded.n", k, part, i);
                case 2 -> writes.write(table, k, "update " + table + " set n = n + ?, note = coalesce(?, note) "
                        + "where k = ?", i, random.nextBoolean() ? null : "u" + i, k);
                case 3 -> writes.write(table, k, "delete from " + table + " where k = ?", k);
                case 4 -> writes.write(table, k, "update " + table + " set note = null where k = ? and part = ?",
                        k, part);
                // Live one statement, batched one UPDATE … FROM unnest(…) per round: nulls, and times with half a
                // microsecond, must land as the statement one by one would have left them.
                default -> writes.update(table, k, new ReadModelWrites.Update(table, List.of("n", "note", "at"),
                        List.of("k", "part"), List.of("integer", "text", "timestamptz", "integer", "integer")), i,
                        random.nextBoolean() ? null : "b" + i, random.nextBoolean() ? null : Timestamp.from(
                                Instant.parse("2026-11-20T10:15:00Z").plusNanos(random.nextInt(5_000) * 250L)),
                        k, part);
            }
        }
    }
}
