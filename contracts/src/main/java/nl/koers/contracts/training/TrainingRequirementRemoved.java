package nl.koers.contracts.training;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;

/** A board dropped a requirement it had set for a role and kind. */
@KoersEvent(context = "training", name = "TrainingRequirementRemoved")
public record TrainingRequirementRemoved(BoardId board, Role role, CourseKind kind, UserId removedBy)
        implements TrainingEvent {
}
