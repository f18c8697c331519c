package nl.koers.projection.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.koers.platform.test.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The counters the dashboards read are kept by a trigger on incident_state (ADR 0053). Whatever happens to the
 * incidents - reported, corrected to another category or month, closed, reopened, reported to the inspector, deleted
 * - the counters must hold exactly the rows the rebuild's derivation (one GROUP BY) gives, zero rows included.
 */
class IncidentCountersIT {
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        String url = TestPostgres.database("projection_counters");
        Flyway.configure().dataSource(url, TestPostgres.user(), "").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, TestPostgres.user(), "").load().migrate();
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, TestPostgres.user(), "", true));
    }

    @Test
    void counters_equal_a_group_by_over_the_incidents_after_any_sequence_of_changes() {
        Random random = new Random(8);
        List<UUID> incidents = new ArrayList<>();
        String[] categories = {"BULLYING", "CYBERBULLYING", "VIOLENCE"};
        Instant start = Instant.parse("2026-01-31T22:30:00Z"); // around a month's edge in Amsterdam
        for (int i = 0; i < 3_000; i++) {
            int dice = random.nextInt(100);
            if (dice < 35 || incidents.isEmpty()) {
                UUID id = UUID.randomUUID();
                incidents.add(id);
                Instant occurred = start.plusSeconds(random.nextInt(90 * 86_400));
                jdbc.update("insert into incident_state (incident_id, board_id, school_id, category, severity, "
                        + "occurred_at, recorded_at, open) values (?, '10BA', ?, ?, 'MEDIUM', ?, ?, true)", id,
                        "10BA0" + random.nextInt(3), categories[random.nextInt(3)], Timestamp.from(occurred),
                        Timestamp.from(occurred.plusSeconds(600)));
                continue;
            }
            UUID id = incidents.get(random.nextInt(incidents.size()));
            switch (dice % 6) {
                case 0 -> jdbc.update("update incident_state set category = ? where incident_id = ?",
                        categories[random.nextInt(3)], id);
                case 1 -> jdbc.update("update incident_state set occurred_at = occurred_at + ? * interval '1 day' "
                        + "where incident_id = ?", random.nextInt(61) - 30, id);
                case 2 -> jdbc.update("update incident_state set open = false, closed_at = recorded_at + ? * "
                        + "interval '1 hour' where incident_id = ?", random.nextInt(400), id);
                case 3 -> jdbc.update("update incident_state set open = true, closed_at = null where incident_id = ?",
                        id);
                case 4 -> jdbc.update("update incident_state set report_deadline = recorded_at, "
                        + "reported_to_inspector = case when ? then recorded_at end where incident_id = ?",
                        random.nextBoolean(), id);
                default -> {
                    jdbc.update("delete from incident_state where incident_id = ?", id);
                    incidents.remove(id);
                }
            }
        }

        assertThat(jdbc.queryForObject("select count(*) from incident_close_time", Long.class)).isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(distinct month) from incident_school_month", Long.class))
                .isGreaterThanOrEqualTo(3);
        for (String table : List.of("incident_school_month", "incident_close_time")) {
            jdbc.execute("create temporary table " + table + " (like public." + table + ")");
        }
        new IncidentStates(null).derivations().forEach(jdbc::execute); // unqualified: into the temporary copies
        for (String table : List.of("incident_school_month", "incident_close_time")) {
            assertThat(jdbc.queryForObject("select count(*) from pg_temp." + table, Long.class)).as(table)
                    .isEqualTo(jdbc.queryForObject("select count(*) from public." + table, Long.class));
            assertThat(jdbc.queryForObject("""
                    select count(*) from ((select * from public.%1$s except all select * from pg_temp.%1$s)
                    union all (select * from pg_temp.%1$s except all select * from public.%1$s)) d"""
                    .formatted(table), Long.class)).as(table).isZero();
        }
    }
}
