package nl.koers.incident.confidential;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reporter or a coordinator limits who sees the content. */
public record MarkConfidential(@TargetAggregateIdentifier IncidentId incidentId, UserId by, boolean coordinator) {
}
