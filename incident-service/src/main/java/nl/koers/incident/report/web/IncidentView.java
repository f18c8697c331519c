package nl.koers.incident.report.web;

import java.time.Instant;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;

/** An incident as the API shows it, folded from its own event stream (always up to date with the last write). */
public record IncidentView(String incidentId, String schoolId, Instant occurredAt, Instant recordedAt,
                           Location location, Category category, Severity severity, String description,
                           String reportedBy) {

    static IncidentView of(IncidentReported e) {
        return new IncidentView(e.incidentId().toString(), e.schoolId().value(), e.occurredAt(), e.recordedAt(),
                e.location(), e.category(), e.severity(), e.description(), e.reportedBy().value());
    }
}
