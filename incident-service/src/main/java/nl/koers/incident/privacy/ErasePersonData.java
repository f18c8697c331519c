package nl.koers.incident.privacy;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase one person's part of this incident (their key for this incident), as part of an erasure request. */
public record ErasePersonData(@TargetAggregateIdentifier IncidentId incidentId,
                              nl.koers.contracts.incident.PersonId personId, java.util.UUID receiptId, UserId by) {
}
