package nl.koers.projection.incidents;

import java.time.Instant;
import java.util.Map;
import nl.koers.contracts.incident.Category;

/** The school dashboard; this slice holds the incident counts, later issues add duties, plan, monitor, training. */
public record SchoolDashboard(String schoolId, Instant asOf, Incidents incidents) {
    public record Incidents(long total, Map<Category, Long> byCategory) {
    }

    /** @param asOf null for "now" (live read model), else the moment the dashboard was recomputed for */
    static SchoolDashboard of(String school, Instant asOf, Map<Category, Long> byCategory) {
        long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
        return new SchoolDashboard(school, asOf, new Incidents(total, byCategory));
    }
}
