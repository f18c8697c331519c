package nl.koers.incident.followup;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed incident, with a reason. */
public record ReopenIncident(@TargetAggregateIdentifier IncidentId incidentId, String reason, UserId by) {
}
