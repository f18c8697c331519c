package nl.koers.contracts.plan;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A topic moved to another status (niet gestart, mee bezig, klaar). */
@KoersEvent(context = "plan", name = "TopicStatusChanged")
public record TopicStatusChanged(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                 BuildingBlock block, String topicId, TopicStatus status) implements PlanEvent {
}
