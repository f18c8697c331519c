package nl.koers.plan.topics;

import java.util.List;
import java.util.Optional;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.TopicStatus;

/**
 * The default topic set per building block that ships with the platform (versioned data in
 * {@code plan/default-topics.v1.json}): every new plan starts from it, so that a school starts from something useful.
 */
public record TopicCatalogue(String version, String description, List<Entry> topics) {

    /** One default topic with the question that helps a school write it ({@code prompt}). */
    public record Entry(BuildingBlock block, String topicId, String title, String prompt) {
    }

    /** The topics as a new plan holds them: no text yet, not started. */
    public List<PlanTopic> startingTopics() {
        return topics.stream()
                .map(t -> new PlanTopic(t.block(), t.topicId(), t.title(), "", TopicStatus.NOT_STARTED, false, false))
                .toList();
    }

    public Optional<String> prompt(String topicId) {
        return topics.stream().filter(t -> t.topicId().equals(topicId)).map(Entry::prompt).findFirst();
    }
}
