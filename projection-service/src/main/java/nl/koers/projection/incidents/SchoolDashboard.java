package nl.koers.projection.incidents;

import java.util.Map;
import nl.koers.contracts.incident.Category;

/** The school dashboard; this slice holds the incident counts, later issues add duties, plan, monitor, training. */
public record SchoolDashboard(String schoolId, Incidents incidents) {
    public record Incidents(long total, Map<Category, Long> byCategory) {
    }

    static SchoolDashboard of(String school, Map<Category, Long> byCategory) {
        long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
        return new SchoolDashboard(school, new Incidents(total, byCategory));
    }
}
