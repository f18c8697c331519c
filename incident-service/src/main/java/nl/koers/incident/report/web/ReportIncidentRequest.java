package nl.koers.incident.report.web;

import java.time.Instant;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;

/** The body of {@code POST /api/schools/{schoolId}/incidents}. Missing fields arrive as null; the aggregate refuses them. */
public record ReportIncidentRequest(Instant occurredAt, Location location, Category category, Severity severity,
                                    String description) {
}
