package nl.koers.incident.followup;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordinator assigns a handler of the school (also to reassign). */
public record TriageIncident(@TargetAggregateIdentifier IncidentId incidentId, UserId handler, UserId by) {
}
