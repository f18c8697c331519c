package nl.koers.incident.privacy;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a legal hold on an incident. */
public record LiftIncidentHold(@TargetAggregateIdentifier IncidentId incidentId, java.util.UUID holdId, UserId by) {
}
