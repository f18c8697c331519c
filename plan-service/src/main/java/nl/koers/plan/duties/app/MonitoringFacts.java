package nl.koers.plan.duties.app;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.plan.duties.DutyFacts.Monitoring;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The monitor rounds the survey context reported (closed, delivered to the Inspectie), per school and year. */
@Repository
public class MonitoringFacts {
    private final JdbcTemplate jdbc;

    MonitoringFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Monitoring of(SchoolId school, SchoolYear year) {
        List<Map<String, Object>> rounds = jdbc.queryForList(
                "select closed_at, delivered_at from plan_monitoring_round where school_id = ? and school_year = ?",
                school.value(), year.value());
        if (rounds.stream().anyMatch(r -> r.get("closed_at") != null && r.get("delivered_at") != null)) {
            return Monitoring.DELIVERED;
        }
        return rounds.stream().anyMatch(r -> r.get("closed_at") != null)
                ? Monitoring.CLOSED_NOT_DELIVERED : Monitoring.NONE;
    }

    public void closed(String roundId, BoardId board, SchoolId school, SchoolYear year, Instant at) {
        upsert(roundId, board, school, year, "closed_at", at);
    }

    public void delivered(String roundId, BoardId board, SchoolId school, SchoolYear year, Instant at) {
        upsert(roundId, board, school, year, "delivered_at", at);
    }

    // The column name is one of two constants above, never input.
    private void upsert(String roundId, BoardId board, SchoolId school, SchoolYear year, String column, Instant at) {
        jdbc.update("insert into plan_monitoring_round (round_id, board_id, school_id, school_year, " + column
                + ") values (?::uuid, ?, ?, ?, ?) on conflict (round_id) do update set " + column + " = excluded."
                + column, roundId, board.value(), school.value(), year.value(), Timestamp.from(at));
    }
}
