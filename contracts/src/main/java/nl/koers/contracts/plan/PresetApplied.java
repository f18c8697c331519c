package nl.koers.contracts.plan;

import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * A board preset pre-filled this plan ("door het bestuur"): {@code filled} topics had no school text and now carry
 * the board's; {@code conflicts} had school text, which was kept, and list the board's text instead. Statuses are
 * unchanged; new topic ids are added as not started.
 */
@KoersEvent(context = "plan", name = "PresetApplied")
public record PresetApplied(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                            PresetId presetId, int presetVersion, List<PresetTopic> filled,
                            List<PresetConflict> conflicts, List<String> agreements, List<String> focusPoints) implements PlanEvent {
}
