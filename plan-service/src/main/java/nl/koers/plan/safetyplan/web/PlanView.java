package nl.koers.plan.safetyplan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.plan.ActionPointStatus;
import nl.koers.contracts.plan.AdviserKind;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.DocumentKind;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.contracts.plan.PartnerKind;
import nl.koers.contracts.plan.PresetConflict;
import nl.koers.contracts.plan.Priority;
import nl.koers.contracts.plan.ThemeNote;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.plan.topics.Gesprekskaart;

/**
 * A whole plan as the API shows it, folded from its own events (always current after a write). Names and contact
 * details are opened from the vault; an erased one shows as null. {@code partnerThemes} are the Gesprekskaart's six
 * themes with their questions, the prompts for the agreements with partners.
 */
public record PlanView(String planId, String schoolId, String schoolYear, boolean closed, String topicSetVersion,
                       String carriedOverFrom, String coordinator, List<String> contributors,
                       List<BlockView> blocks, List<GoalView> goals, List<ActionPointView> actionPoints,
                       DutyDetailsView dutyDetails, List<DutyStatus> duties, List<PresetView> presets,
                       List<PartnerView> partners, List<Gesprekskaart.Theme> partnerThemes,
                       MeetingView startOfYearAgreement, MeetingView endOfYearReview,
                       List<String> learningNeeds, List<DocumentView> documents, EvaluationView evaluation) {

    /** A building block with its progress (counted from topic statuses) and its topics. */
    public record BlockView(BuildingBlock block, String label, int topics, int notStarted, int inProgress, int done,
                            int needAttention, List<TopicView> items) {
    }

    public record TopicView(String topicId, String title, String prompt, String text, TopicStatus status,
                            boolean needsAttention, boolean byBoard) {
    }

    public record GoalView(UUID goalId, BuildingBlock block, String title, boolean achieved) {
    }

    public record ActionPointView(UUID actionPointId, String title, BuildingBlock block, String owner,
                                  LocalDate dueDate, ActionPointStatus status, Priority priority, boolean overdue) {
    }

    public record DutyDetailsView(String antiBullyingCoordinatorName, String antiBullyingCoordinatorContact,
                                  String antiBullyingProgramme, AdviserKind confidentialAdviserKind,
                                  String confidentialAdviserName, String complaintsProcedure) {
    }

    /** A preset as applied to this plan, "door het bestuur", with the board texts that were not applied. */
    public record PresetView(String presetId, int version, int filled, List<PresetConflict> conflicts,
                             List<String> agreements, List<String> focusPoints) {
    }

    public record PartnerView(UUID partnerId, PartnerKind kind, String organisation, String contactPerson,
                              String phone, String email, String tasks, String meetingFrequency) {
    }

    public record MeetingView(LocalDate date, List<ThemeNote> themes) {
    }

    public record DocumentView(UUID documentId, BuildingBlock block, String title, DocumentKind kind,
                               String location, String link) {
    }

    /** Who works on the plan: its coordinator (tip 1) and contributors (tip 2). */
    public record TeamView(String coordinator, List<String> contributors) {
    }

    public record EvaluationView(LocalDate evaluatedOn, String whatWorked, String carryOver) {
    }
}
