package nl.koers.projection.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.projection.intake.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Per school, the number of incidents by category. */
@Component
class IncidentCounts implements ReadModel {
    private final JdbcTemplate jdbc;

    IncidentCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("school_incident_count");
    }

    @Override
    public void apply(CloudEvent event) {
        if (event.data() instanceof IncidentReported reported) {
            jdbc.update("""
                    insert into school_incident_count (board_id, school_id, category, incidents) values (?, ?, ?, 1)
                    on conflict (school_id, category) do update set incidents = school_incident_count.incidents + 1
                    """, reported.boardId().value(), reported.schoolId().value(), reported.category().name());
        }
    }

    Map<Category, Long> byCategory(SchoolId school) {
        Map<Category, Long> counts = zeros();
        jdbc.query("select category, incidents from school_incident_count where school_id = ?",
                rs -> {
                    counts.put(Category.valueOf(rs.getString(1)), rs.getLong(2));
                }, school.value());
        return counts;
    }

    /**
     * The same counts as they stood at a past moment, recomputed from the audit trail (the stored history of the
     * events as they arrived), so an auditor sees what the dashboard showed then.
     */
    Map<Category, Long> byCategoryAsOf(BoardId board, SchoolId school, Instant asOf) {
        Map<Category, Long> counts = zeros();
        jdbc.query("""
                select payload::jsonb ->> 'category', count(*) from audit_entry
                where board_id = ? and school_id = ? and event_type = ? and occurred_at <= ?
                group by 1""",
                rs -> {
                    counts.put(Category.valueOf(rs.getString(1)), rs.getLong(2));
                }, board.value(), school.value(), EventTypes.typeName(IncidentReported.class), Timestamp.from(asOf));
        return counts;
    }

    /** Incidents per school of a board, all of its schools (from the directory), also those without incidents. */
    List<BoardDashboard.SchoolRow> perSchool(BoardId board) {
        return jdbc.query("""
                select s.school_id, s.name, s.pupil_count, coalesce(sum(c.incidents), 0)
                from platform_school s left join school_incident_count c on c.school_id = s.school_id
                where s.board_id = ? group by s.school_id, s.name, s.pupil_count""",
                (rs, row) -> BoardDashboard.SchoolRow.of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)),
                board.value());
    }

    private static Map<Category, Long> zeros() {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0L);
        }
        return counts;
    }
}
