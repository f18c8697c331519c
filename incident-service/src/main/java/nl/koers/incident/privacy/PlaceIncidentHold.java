package nl.koers.incident.privacy;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A legal hold on an incident: retention and erasure of its data are suspended. */
public record PlaceIncidentHold(@TargetAggregateIdentifier IncidentId incidentId, java.util.UUID holdId,
                                String reason, UserId by) {
}
