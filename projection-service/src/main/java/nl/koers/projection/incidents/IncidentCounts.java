package nl.koers.projection.incidents;

import java.util.EnumMap;
import java.util.Map;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.id.SchoolId;
import nl.koers.projection.intake.Projection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Per school, the number of incidents by category. */
@Component
class IncidentCounts implements Projection {
    private final JdbcTemplate jdbc;

    IncidentCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0L);
        }
        jdbc.query("select category, incidents from school_incident_count where school_id = ?",
                rs -> {
                    counts.put(Category.valueOf(rs.getString(1)), rs.getLong(2));
                }, school.value());
        return counts;
    }
}
