package nl.koers.incident.followup;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close with an evaluation. */
public record CloseIncident(@TargetAggregateIdentifier IncidentId incidentId, String evaluation, UserId by) {
}
