package nl.koers.contracts.plan;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** The school added a topic of its own to a building block. */
@KoersEvent(context = "plan", name = "TopicAdded")
public record TopicAdded(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                         BuildingBlock block, String topicId, String title, TopicStatus status) implements PlanEvent {
}
