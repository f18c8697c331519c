package nl.koers.plan.safetyplan.web;

import java.time.LocalDate;
import java.util.List;
import nl.koers.contracts.plan.ActionPointStatus;
import nl.koers.contracts.plan.AdviserKind;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.DocumentKind;
import nl.koers.contracts.plan.PartnerKind;
import nl.koers.contracts.plan.Priority;
import nl.koers.contracts.plan.ThemeNote;
import nl.koers.contracts.plan.TopicStatus;

/** The bodies of the plan endpoints. Missing fields arrive as null: in a change that means "leave as it is". */
final class PlanRequests {
    private PlanRequests() {
    }

    record StartPlan(Boolean carryOver) {
    }

    record ChangeTopic(String text, TopicStatus status, Boolean needsAttention) {
    }

    record AddTopic(String title) {
    }

    record Goal(BuildingBlock block, String title, Boolean achieved) {
    }

    record ActionPoint(String title, BuildingBlock block, String owner, LocalDate dueDate, ActionPointStatus status,
                       Priority priority) {
    }

    record Coordinator(String userId) {
    }

    record Contributors(List<String> userIds) {
    }

    record DutyDetails(String antiBullyingCoordinatorName, String antiBullyingCoordinatorContact,
                       String antiBullyingProgramme, AdviserKind confidentialAdviserKind,
                       String confidentialAdviserName, String complaintsProcedure) {
    }

    record Partner(PartnerKind kind, String organisation, String contactPerson, String phone, String email,
                   String tasks, String meetingFrequency) {
    }

    record PartnerMeeting(LocalDate date, List<ThemeNote> themes) {
    }

    record LearningNeeds(List<String> needs) {
    }

    record Document(BuildingBlock block, String title, DocumentKind kind, String location, String link) {
    }

    record Evaluation(LocalDate evaluatedOn, String whatWorked, String carryOver) {
    }
}
