package nl.koers.plan.safetyplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.plan.ActionPointStatus;
import nl.koers.contracts.plan.AdviserKind;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.DocumentKind;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.contracts.plan.PartnerKind;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.PresetId;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.contracts.plan.Priority;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.contracts.plan.ThemeNote;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands of a safety plan. Board and school come from the path and the token, never from a body. A null field
 * in a change command means "leave as it is" (partial saves).
 */
public final class PlanCommands {
    private PlanCommands() {
    }

    /** Who asks for a change: the school's coordinators always edit; others only as plan coordinator or contributor. */
    public record Editor(UserId user, boolean schoolCoordinator) {
    }

    public record StartPlan(@TargetAggregateIdentifier PlanId planId, BoardId boardId, SchoolId schoolId,
                            SchoolYear schoolYear, String topicSetVersion, PlanId carriedOverFrom,
                            List<PlanTopic> topics) {
    }

    public record ChangeTopic(@TargetAggregateIdentifier PlanId planId, Editor editor, BuildingBlock block,
                              String topicId, String text, TopicStatus status, Boolean needsAttention) {
    }

    public record AddTopic(@TargetAggregateIdentifier PlanId planId, Editor editor, BuildingBlock block, String topicId,
                           String title) {
    }

    public record SetGoal(@TargetAggregateIdentifier PlanId planId, Editor editor, UUID goalId, BuildingBlock block,
                          String title, boolean achieved) {
    }

    public record SetActionPoint(@TargetAggregateIdentifier PlanId planId, Editor editor, UUID actionPointId,
                                 String title, BuildingBlock block, String owner, LocalDate dueDate,
                                 ActionPointStatus status, Priority priority) {
    }

    public record AssignCoordinator(@TargetAggregateIdentifier PlanId planId, UserId coordinator) {
    }

    public record AssignContributors(@TargetAggregateIdentifier PlanId planId, List<UserId> contributors) {
    }

    /** Plain values; the aggregate seals names and contact details before they enter an event. */
    public record RecordDutyDetails(@TargetAggregateIdentifier PlanId planId, Editor editor,
                                    String antiBullyingCoordinatorName, String antiBullyingCoordinatorContact,
                                    String antiBullyingProgramme, AdviserKind confidentialAdviserKind,
                                    String confidentialAdviserName, String complaintsProcedure) {
    }

    public record ApplyPreset(@TargetAggregateIdentifier PlanId planId, PresetId presetId, int presetVersion,
                              List<PresetTopic> topics, List<String> agreements, List<String> focusPoints) {
    }

    public record RecordPartner(@TargetAggregateIdentifier PlanId planId, Editor editor, UUID partnerId,
                                PartnerKind kind, String organisation, String contactPerson, String phone,
                                String email, String tasks, String meetingFrequency) {
    }

    public record RemovePartner(@TargetAggregateIdentifier PlanId planId, Editor editor, UUID partnerId) {
    }

    public record RecordPartnerMeeting(@TargetAggregateIdentifier PlanId planId, Editor editor, Moment moment,
                                       LocalDate date, List<ThemeNote> themes) {
        /** The Gesprekskaart's two fixed moments: agree at the start of the year, look back at its end. */
        public enum Moment { START_OF_YEAR, END_OF_YEAR }
    }

    public record PublishLearningNeeds(@TargetAggregateIdentifier PlanId planId, Editor editor, List<String> needs) {
    }

    public record ArchiveDocument(@TargetAggregateIdentifier PlanId planId, Editor editor, UUID documentId,
                                  BuildingBlock block, String title, DocumentKind kind, String location,
                                  String link) {
    }

    public record RemoveDocument(@TargetAggregateIdentifier PlanId planId, Editor editor, UUID documentId) {
    }

    public record EvaluatePlan(@TargetAggregateIdentifier PlanId planId, Editor editor, LocalDate evaluatedOn,
                               String whatWorked, String carryOver) {
    }

    /** From the duty evaluation, not from a person: recorded even in a closed year (the facts are what they are). */
    public record RecordDutyEvaluation(@TargetAggregateIdentifier PlanId planId, String ruleSetId,
                                       List<DutyStatus> duties) {
    }
}
