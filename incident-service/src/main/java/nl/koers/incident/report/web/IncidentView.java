package nl.koers.incident.report.web;

import java.time.Instant;
import java.util.Optional;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.privacy.PersonalDataVault;

/**
 * An incident as the API shows it, folded from its own event stream (always up to date with the last write). An
 * erased description shows as {@code null} with {@code descriptionErased = true}.
 */
public record IncidentView(String incidentId, String schoolId, Instant occurredAt, Instant recordedAt,
                           Location location, Category category, Severity severity, String description,
                           boolean descriptionErased, String reportedBy) {

    static IncidentView of(IncidentReported e, PersonalDataVault vault) {
        Optional<String> description = vault.open(e.description());
        return new IncidentView(e.incidentId().toString(), e.schoolId().value(), e.occurredAt(), e.recordedAt(),
                e.location(), e.category(), e.severity(), description.orElse(null), description.isEmpty(),
                e.reportedBy().value());
    }
}
