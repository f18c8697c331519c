package nl.koers.contracts.plan;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A topic was flagged (or no longer) as needing attention; carries the topic's current status. */
@KoersEvent(context = "plan", name = "TopicPriorityChanged")
public record TopicPriorityChanged(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                   BuildingBlock block, String topicId, TopicStatus status,
                                   boolean needsAttention) implements PlanEvent {
}
