package nl.koers.contracts.training;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;

/**
 * A board states that, at each of its schools, someone in {@code role} should have followed a training of
 * {@code kind} within the last {@code withinYears} years ({@code accreditedOnly}: a Lerarenregister-accredited one).
 * One requirement per board, role and kind; setting it again replaces it.
 */
@KoersEvent(context = "training", name = "TrainingRequirementSet")
public record TrainingRequirementSet(BoardId board, Role role, CourseKind kind, int withinYears,
                                     boolean accreditedOnly, UserId setBy) implements TrainingEvent {
}
