package nl.koers.incident.followup;

import nl.koers.contracts.incident.FollowUpActionType;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What was done, by whom, when, and its outcome. */
public record RecordFollowUpAction(@TargetAggregateIdentifier IncidentId incidentId, java.util.UUID actionId,
                                   FollowUpActionType type, UserId performedBy, java.time.Instant performedAt,
                                   String outcome, UserId by) {
}
