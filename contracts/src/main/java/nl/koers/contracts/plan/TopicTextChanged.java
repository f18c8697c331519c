package nl.koers.contracts.plan;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** The school's text of a topic was saved (a partial save: one topic at a time). Carries the topic's current status. */
@KoersEvent(context = "plan", name = "TopicTextChanged")
public record TopicTextChanged(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                               BuildingBlock block, String topicId, String text,
                               TopicStatus status) implements PlanEvent {
}
