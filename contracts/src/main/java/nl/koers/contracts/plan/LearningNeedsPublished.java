package nl.koers.contracts.plan;

import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * Learning needs of the school and its partners (Gesprekskaart theme 6, professionalisering), for the training
 * context.
 */
@KoersEvent(context = "plan", name = "LearningNeedsPublished")
public record LearningNeedsPublished(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                     List<String> needs) implements PlanEvent {
}
