package nl.koers.plan.preset;

import java.util.List;
import nl.koers.contracts.plan.PresetId;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.platform.id.BoardId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A board publishes a preset and may publish new versions of it; schools get the version in force when applied. */
public final class PresetCommands {
    private PresetCommands() {
    }

    public record PublishPreset(@TargetAggregateIdentifier PresetId presetId, BoardId boardId, String title,
                                List<PresetTopic> topics, List<String> agreements, List<String> focusPoints) {
    }

    public record RevisePreset(@TargetAggregateIdentifier PresetId presetId, BoardId boardId, String title,
                               List<PresetTopic> topics, List<String> agreements, List<String> focusPoints) {
    }
}
