package nl.koers.projection.intake;

import static org.assertj.core.api.Assertions.assertThat;

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
                    + "primary key (k, part))");
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
                default -> writes.write(table, k, "update " + table + " set note = null where k = ? and part = ?",
                        k, part);
            }
        }
    }
}
