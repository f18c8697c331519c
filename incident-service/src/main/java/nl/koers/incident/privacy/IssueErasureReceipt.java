package nl.koers.incident.privacy;

import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.PersonId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what an erasure request erased (keys, incidents), when and by whom. */
public record IssueErasureReceipt(@TargetAggregateIdentifier PersonId personId, BoardId boardId, SchoolId schoolId,
                                  UUID receiptId, List<String> subjects, List<IncidentId> incidents, UserId by) {
}
