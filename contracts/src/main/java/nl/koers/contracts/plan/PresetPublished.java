package nl.koers.contracts.plan;

import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;

/**
 * A board published (a new version of) a preset: topics with preset text, agreements made centrally, focus points.
 * Board-wide, so it carries no school.
 */
@KoersEvent(context = "plan", name = "PresetPublished")
public record PresetPublished(PresetId presetId, BoardId boardId, int version, String title, List<PresetTopic> topics,
                              List<String> agreements, List<String> focusPoints) implements PlanEvent {
}
