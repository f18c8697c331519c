package nl.koers.contracts.plan;

/**
 * A topic as a plan starts with it (from the default set, or carried over from last year's plan). {@code byBoard}
 * marks text that a board preset put there ("door het bestuur").
 */
public record PlanTopic(BuildingBlock block, String topicId, String title, String text, TopicStatus status,
                        boolean needsAttention, boolean byBoard) {
}
