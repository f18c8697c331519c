package nl.koers.incident.privacy;

import java.util.UUID;
import nl.koers.contracts.incident.PersonId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a legal hold on a person. */
public record LiftPersonHold(@TargetAggregateIdentifier PersonId personId, BoardId boardId, SchoolId schoolId,
                             UUID holdId, UserId by) {
}
