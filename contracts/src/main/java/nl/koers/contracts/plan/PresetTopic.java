package nl.koers.contracts.plan;

/** A topic text a board sets up for its schools; a topic id not in a school's plan adds the topic. */
public record PresetTopic(BuildingBlock block, String topicId, String title, String text) {
}
