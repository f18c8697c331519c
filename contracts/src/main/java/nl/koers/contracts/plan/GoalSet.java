package nl.koers.contracts.plan;

import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A goal (doel) for this school year was set or changed; {@code block} may be null for a plan-wide goal. */
@KoersEvent(context = "plan", name = "GoalSet")
public record GoalSet(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                      UUID goalId, BuildingBlock block, String title, boolean achieved) implements PlanEvent {
}
