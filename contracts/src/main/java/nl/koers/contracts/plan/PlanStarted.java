package nl.koers.contracts.plan;

import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * A plan was started for a school year: from the default topic set (its version named), or carried over from last
 * year's plan ({@code carriedOverFrom}, its texts and statuses copied). Carries every topic so progress per building
 * block can be computed from events alone.
 */
@KoersEvent(context = "plan", name = "PlanStarted")
public record PlanStarted(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                          String topicSetVersion, PlanId carriedOverFrom, List<PlanTopic> topics) implements PlanEvent {
}
