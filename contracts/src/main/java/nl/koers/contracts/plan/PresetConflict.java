package nl.koers.contracts.plan;

/** A preset text that was not applied because the school had already written its own: kept here, never lost. */
public record PresetConflict(BuildingBlock block, String topicId, String presetText) {
}
