package nl.koers.incident.privacy;

import java.util.UUID;
import nl.koers.contracts.incident.PersonId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A legal hold on a person: none of their data is erased, by request or retention, until it is lifted. */
public record PlacePersonHold(@TargetAggregateIdentifier PersonId personId, BoardId boardId, SchoolId schoolId,
                              UUID holdId, String reason, UserId by) {
}
