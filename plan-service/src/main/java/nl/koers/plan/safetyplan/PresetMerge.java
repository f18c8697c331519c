package nl.koers.plan.safetyplan;

import java.util.ArrayList;
import java.util.List;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.PresetConflict;
import nl.koers.contracts.plan.PresetTopic;

/**
 * How a board preset meets a school's plan: an empty topic (or one the board itself filled before) takes the board's
 * text; a topic the school already wrote keeps the school's text and the board's becomes a listed conflict; an equal
 * text is neither.
 */
record PresetMerge(List<PresetTopic> filled, List<PresetConflict> conflicts) {

    static PresetMerge of(PlanState plan, List<PresetTopic> preset) {
        List<PresetTopic> filled = new ArrayList<>();
        List<PresetConflict> conflicts = new ArrayList<>();
        for (PresetTopic p : preset) {
            PlanTopic topic = plan.topic(p.topicId()).orElse(null);
            if (topic == null || topic.text() == null || topic.text().isBlank() || topic.byBoard()) {
                if (topic == null || !p.text().equals(topic.text())) {
                    filled.add(topic == null ? p : new PresetTopic(topic.block(), topic.topicId(), topic.title(),
                            p.text()));
                }
            } else if (!p.text().equals(topic.text())) {
                conflicts.add(new PresetConflict(topic.block(), topic.topicId(), p.text()));
            }
        }
        return new PresetMerge(List.copyOf(filled), List.copyOf(conflicts));
    }
}
