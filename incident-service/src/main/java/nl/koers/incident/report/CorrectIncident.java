package nl.koers.incident.report;

import java.time.Instant;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct the report: the fields to change (null = unchanged) and why. Never a rewrite of what was recorded. */
public record CorrectIncident(@TargetAggregateIdentifier IncidentId incidentId, Instant occurredAt, Location location,
                              Category category, Severity severity, String description, String reason, UserId by) {
}
