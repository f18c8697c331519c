package nl.koers.training.coverage;

import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A board's statements of which training each role at its schools should have. */
public final class RequirementCommands {
    private RequirementCommands() {
    }

    public record SetRequirement(@TargetAggregateIdentifier BoardId board, Role role, CourseKind kind,
                                 Integer withinYears, Boolean accreditedOnly, UserId setBy) {
    }

    public record RemoveRequirement(@TargetAggregateIdentifier BoardId board, Role role, CourseKind kind,
                                    UserId removedBy) {
    }
}
