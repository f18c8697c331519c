package nl.koers.contracts.plan;

import nl.koers.platform.id.BoardId;

/**
 * The events of the plan context, published on {@code koers.plan.events}. Every event but {@link PresetPublished}
 * (board-wide) is about one plan and carries {@code planId}, {@code schoolId} and {@code schoolYear}. Topic events
 * carry block, topic id and status, so progress per building block follows from the events alone.
 */
public sealed interface PlanEvent permits PlanStarted, TopicAdded, TopicTextChanged, TopicStatusChanged,
        TopicPriorityChanged, GoalSet, ActionPointAdded, ActionPointChanged, PlanCoordinatorAssigned,
        ContributorsAssigned, DutyDetailsRecorded, PresetPublished, PresetApplied, PartnerRecorded, PartnerRemoved,
        StartOfYearAgreementRecorded, EndOfYearReviewRecorded, LearningNeedsPublished, DocumentArchived,
        DocumentRemoved, PlanEvaluated, DutiesEvaluated {
    BoardId boardId();
}
