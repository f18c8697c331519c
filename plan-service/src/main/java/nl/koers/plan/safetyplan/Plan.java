package nl.koers.plan.safetyplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import nl.koers.contracts.plan.ActionPointAdded;
import nl.koers.contracts.plan.ActionPointChanged;
import nl.koers.contracts.plan.ContributorsAssigned;
import nl.koers.contracts.plan.DocumentArchived;
import nl.koers.contracts.plan.DocumentRemoved;
import nl.koers.contracts.plan.DutiesEvaluated;
import nl.koers.contracts.plan.DutyDetails;
import nl.koers.contracts.plan.DutyDetailsRecorded;
import nl.koers.contracts.plan.EndOfYearReviewRecorded;
import nl.koers.contracts.plan.GoalSet;
import nl.koers.contracts.plan.LearningNeedsPublished;
import nl.koers.contracts.plan.PartnerRecorded;
import nl.koers.contracts.plan.PartnerRemoved;
import nl.koers.contracts.plan.PlanCoordinatorAssigned;
import nl.koers.contracts.plan.PlanEvaluated;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PlanStarted;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.PresetApplied;
import nl.koers.contracts.plan.StartOfYearAgreementRecorded;
import nl.koers.contracts.plan.TopicAdded;
import nl.koers.contracts.plan.TopicPriorityChanged;
import nl.koers.contracts.plan.TopicStatusChanged;
import nl.koers.contracts.plan.TopicTextChanged;
import nl.koers.plan.safetyplan.PlanCommands.AddTopic;
import nl.koers.plan.safetyplan.PlanCommands.ApplyPreset;
import nl.koers.plan.safetyplan.PlanCommands.ArchiveDocument;
import nl.koers.plan.safetyplan.PlanCommands.AssignContributors;
import nl.koers.plan.safetyplan.PlanCommands.AssignCoordinator;
import nl.koers.plan.safetyplan.PlanCommands.ChangeTopic;
import nl.koers.plan.safetyplan.PlanCommands.Editor;
import nl.koers.plan.safetyplan.PlanCommands.EvaluatePlan;
import nl.koers.plan.safetyplan.PlanCommands.PublishLearningNeeds;
import nl.koers.plan.safetyplan.PlanCommands.RecordDutyDetails;
import nl.koers.plan.safetyplan.PlanCommands.RecordDutyEvaluation;
import nl.koers.plan.safetyplan.PlanCommands.RecordPartner;
import nl.koers.plan.safetyplan.PlanCommands.RecordPartnerMeeting;
import nl.koers.plan.safetyplan.PlanCommands.RemoveDocument;
import nl.koers.plan.safetyplan.PlanCommands.RemovePartner;
import nl.koers.plan.safetyplan.PlanCommands.SetActionPoint;
import nl.koers.plan.safetyplan.PlanCommands.SetGoal;
import nl.koers.plan.safetyplan.PlanCommands.StartPlan;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One school's safety plan for one school year. Rules first, then one event per fact that changed; a save that
 * changes nothing records nothing. Input shape (lengths, required fields) is checked by {@link PlanInput} before a
 * command is sent; the rules here are the ones that depend on the plan and the calendar.
 */
@Aggregate
public class Plan {
    @AggregateIdentifier
    private PlanId id;
    private final PlanState state = new PlanState();

    protected Plan() {
        // for Axon
    }

    @CommandHandler
    public Plan(StartPlan command, PlanCalendar calendar) {
        if (calendar.isClosed(command.schoolYear())) {
            throw new RuleViolation("schoolYear", "school year " + command.schoolYear() + " has ended");
        }
        if (command.schoolYear().firstYear() > calendar.currentYear().firstYear() + 1) {
            throw new RuleViolation("schoolYear", "a plan can be started for this school year or the next");
        }
        apply(new PlanStarted(command.planId(), command.boardId(), command.schoolId(), command.schoolYear(),
                command.topicSetVersion(), command.carriedOverFrom(), List.copyOf(command.topics())));
    }

    @CommandHandler
    void handle(ChangeTopic c, PlanCalendar calendar) {
        PlanInput.text("text", c.text());
        requireEditable(c.editor(), calendar);
        PlanTopic topic = state.topic(c.topicId()).filter(t -> t.block() == c.block())
                .orElseThrow(() -> new NotFound("topicId", "topic " + c.topicId() + " in " + c.block()));
        var status = c.status() == null ? topic.status() : c.status();
        if (c.text() != null && !c.text().equals(topic.text())) {
            apply(new TopicTextChanged(id, b(), s(), y(), topic.block(), topic.topicId(), c.text(), status));
        }
        if (status != topic.status()) {
            apply(new TopicStatusChanged(id, b(), s(), y(), topic.block(), topic.topicId(), status));
        }
        if (c.needsAttention() != null && c.needsAttention() != topic.needsAttention()) {
            apply(new TopicPriorityChanged(id, b(), s(), y(), topic.block(), topic.topicId(), status,
                    c.needsAttention()));
        }
    }

    @CommandHandler
    void handle(AddTopic c, PlanCalendar calendar) {
        PlanInput.title("title", c.title());
        requireEditable(c.editor(), calendar);
        apply(new TopicAdded(id, b(), s(), y(), c.block(), c.topicId(), c.title(),
                nl.koers.contracts.plan.TopicStatus.NOT_STARTED));
    }

    @CommandHandler
    void handle(SetGoal c, PlanCalendar calendar) {
        PlanInput.atMost("title", PlanInput.required("title", c.title()), 500);
        requireEditable(c.editor(), calendar);
        apply(new GoalSet(id, b(), s(), y(), c.goalId(), c.block(), c.title(), c.achieved()));
    }

    @CommandHandler
    void handle(SetActionPoint c, PlanCalendar calendar) {
        PlanInput.title("title", c.title());
        PlanInput.required("block", c.block());
        PlanInput.required("dueDate", c.dueDate());
        PlanInput.required("status", c.status());
        PlanInput.required("priority", c.priority());
        PlanInput.atMost("owner", c.owner(), PlanInput.MAX_TITLE);
        requireEditable(c.editor(), calendar);
        if (c.dueDate().isBefore(y().start())) {
            throw new RuleViolation("dueDate", "an action point cannot be due before the plan year starts ("
                    + y().start() + ")");
        }
        var existing = state.actionPoint(c.actionPointId());
        if (existing.isEmpty()) {
            apply(new ActionPointAdded(id, b(), s(), y(), c.actionPointId(), c.title(), c.block(), c.owner(),
                    c.dueDate(), c.status(), c.priority()));
            return;
        }
        var changed = new PlanState.ActionPoint(c.actionPointId(), c.title(), c.block(), c.owner(), c.dueDate(),
                c.status(), c.priority());
        if (!changed.equals(existing.get())) {
            apply(new ActionPointChanged(id, b(), s(), y(), c.actionPointId(), c.title(), c.block(), c.owner(),
                    c.dueDate(), c.status(), c.priority()));
        }
    }

    @CommandHandler
    void handle(AssignCoordinator c, PlanCalendar calendar) {
        requireOpen(calendar);
        if (!state.coordinator().map(c.coordinator()::equals).orElse(false)) {
            apply(new PlanCoordinatorAssigned(id, b(), s(), y(), c.coordinator()));
        }
    }

    @CommandHandler
    void handle(AssignContributors c, PlanCalendar calendar) {
        requireOpen(calendar);
        var contributors = c.contributors().stream().distinct().toList();
        if (!state.contributors().equals(java.util.Set.copyOf(contributors))) {
            apply(new ContributorsAssigned(id, b(), s(), y(), contributors));
        }
    }

    @CommandHandler
    void handle(RecordDutyDetails c, PlanCalendar calendar, PersonalDataVault vault) {
        PlanInput.atMost("antiBullyingCoordinatorName", c.antiBullyingCoordinatorName(), PlanInput.MAX_TITLE);
        PlanInput.atMost("antiBullyingCoordinatorContact", c.antiBullyingCoordinatorContact(), PlanInput.MAX_TITLE);
        PlanInput.atMost("antiBullyingProgramme", c.antiBullyingProgramme(), PlanInput.MAX_TITLE);
        PlanInput.atMost("confidentialAdviserName", c.confidentialAdviserName(), PlanInput.MAX_TITLE);
        PlanInput.atMost("complaintsProcedure", c.complaintsProcedure(), 2_000);
        requireEditable(c.editor(), calendar);
        DutyDetails now = state.dutyDetails();
        String subject = contactsSubject(id);
        DutyDetails next = new DutyDetails(
                sealIfGiven(vault, subject, c.antiBullyingCoordinatorName(), now.antiBullyingCoordinatorName()),
                sealIfGiven(vault, subject, c.antiBullyingCoordinatorContact(), now.antiBullyingCoordinatorContact()),
                c.antiBullyingProgramme() == null ? now.antiBullyingProgramme() : c.antiBullyingProgramme(),
                c.confidentialAdviserKind() == null ? now.confidentialAdviserKind() : c.confidentialAdviserKind(),
                sealIfGiven(vault, subject, c.confidentialAdviserName(), now.confidentialAdviserName()),
                c.complaintsProcedure() == null ? now.complaintsProcedure() : c.complaintsProcedure());
        if (!next.equals(now)) {
            apply(new DutyDetailsRecorded(id, b(), s(), y(), next));
        }
    }

    /** @return what was applied (filled topics and conflicts), so that a board sees it without reading the plan */
    @CommandHandler
    PresetApplied handle(ApplyPreset c, PlanCalendar calendar) {
        requireOpen(calendar);
        PresetMerge merge = PresetMerge.of(state, c.topics());
        PresetApplied applied = new PresetApplied(id, b(), s(), y(), c.presetId(), c.presetVersion(),
                merge.filled(), merge.conflicts(), List.copyOf(c.agreements()), List.copyOf(c.focusPoints()));
        apply(applied);
        return applied;
    }

    @CommandHandler
    void handle(RecordPartner c, PlanCalendar calendar, PersonalDataVault vault) {
        PlanInput.required("kind", c.kind());
        PlanInput.title("organisation", c.organisation());
        PlanInput.atMost("contactPerson", c.contactPerson(), PlanInput.MAX_TITLE);
        PlanInput.atMost("phone", c.phone(), 50);
        PlanInput.email("email", c.email());
        PlanInput.atMost("tasks", c.tasks(), 4_000);
        PlanInput.atMost("meetingFrequency", c.meetingFrequency(), PlanInput.MAX_TITLE);
        requireEditable(c.editor(), calendar);
        String subject = partnerSubject(id, c.partnerId());
        apply(new PartnerRecorded(id, b(), s(), y(), c.partnerId(), c.kind(), c.organisation(),
                seal(vault, subject, c.contactPerson()), seal(vault, subject, c.phone()),
                seal(vault, subject, c.email()), c.tasks(), c.meetingFrequency()));
    }

    @CommandHandler
    void handle(RemovePartner c, PlanCalendar calendar) {
        requireEditable(c.editor(), calendar);
        if (!state.hasPartner(c.partnerId())) {
            throw new NotFound("partnerId", "partner " + c.partnerId());
        }
        apply(new PartnerRemoved(id, b(), s(), y(), c.partnerId()));
    }

    @CommandHandler
    void handle(RecordPartnerMeeting c, PlanCalendar calendar) {
        PlanInput.required("date", c.date());
        for (var theme : PlanInput.items("themes", c.themes(), 6)) {
            if (theme.theme() < 1 || theme.theme() > 6) {
                throw new InvalidInput("themes", "the Gesprekskaart has themes 1 to 6");
            }
            PlanInput.text("themes", theme.note());
        }
        requireEditable(c.editor(), calendar);
        requireWithinYear(c.date(), "date", calendar);
        if (c.moment() == RecordPartnerMeeting.Moment.START_OF_YEAR) {
            apply(new StartOfYearAgreementRecorded(id, b(), s(), y(), c.date(), List.copyOf(c.themes())));
        } else {
            apply(new EndOfYearReviewRecorded(id, b(), s(), y(), c.date(), List.copyOf(c.themes())));
        }
    }

    @CommandHandler
    void handle(PublishLearningNeeds c, PlanCalendar calendar) {
        if (PlanInput.items("needs", c.needs(), 50).isEmpty()) {
            throw new InvalidInput("needs", "name at least one learning need");
        }
        c.needs().forEach(need -> PlanInput.atMost("needs", PlanInput.required("needs", need), 500));
        requireEditable(c.editor(), calendar);
        apply(new LearningNeedsPublished(id, b(), s(), y(), List.copyOf(c.needs())));
    }

    @CommandHandler
    void handle(ArchiveDocument c, PlanCalendar calendar) {
        PlanInput.title("title", c.title());
        PlanInput.required("kind", c.kind());
        PlanInput.link("link", c.link());
        PlanInput.atMost("location", c.location(), 500);
        if ((c.location() == null || c.location().isBlank()) && (c.link() == null || c.link().isBlank())) {
            throw new InvalidInput("location", "say where the document is kept, or link it");
        }
        requireEditable(c.editor(), calendar);
        apply(new DocumentArchived(id, b(), s(), y(), c.documentId(), c.block(), c.title(), c.kind(), c.location(),
                c.link()));
    }

    @CommandHandler
    void handle(RemoveDocument c, PlanCalendar calendar) {
        requireEditable(c.editor(), calendar);
        if (!state.hasDocument(c.documentId())) {
            throw new NotFound("documentId", "document " + c.documentId());
        }
        apply(new DocumentRemoved(id, b(), s(), y(), c.documentId()));
    }

    @CommandHandler
    void handle(EvaluatePlan c, PlanCalendar calendar) {
        PlanInput.required("evaluatedOn", c.evaluatedOn());
        PlanInput.text("whatWorked", PlanInput.required("whatWorked", c.whatWorked()));
        PlanInput.text("carryOver", c.carryOver());
        requireEditable(c.editor(), calendar);
        requireWithinYear(c.evaluatedOn(), "evaluatedOn", calendar);
        apply(new PlanEvaluated(id, b(), s(), y(), c.evaluatedOn(), c.whatWorked(), c.carryOver()));
    }

    @CommandHandler
    void handle(RecordDutyEvaluation c) {
        boolean same = state.duties().map(d -> d.ruleSetId().equals(c.ruleSetId()) && d.duties().equals(c.duties()))
                .orElse(false);
        if (!same) {
            apply(new DutiesEvaluated(id, b(), s(), y(), c.ruleSetId(), List.copyOf(c.duties())));
        }
    }

    public static String contactsSubject(PlanId plan) {
        return "plan/" + plan + "/contacts";
    }

    public static String partnerSubject(PlanId plan, java.util.UUID partner) {
        return "plan/" + plan + "/partner/" + partner;
    }

    private void requireEditable(Editor editor, PlanCalendar calendar) {
        if (!state.mayEdit(editor)) {
            throw new Forbidden("only the plan coordinator, its contributors and the school's coordinators edit");
        }
        requireOpen(calendar);
    }

    private void requireOpen(PlanCalendar calendar) {
        if (calendar.isClosed(y())) {
            throw new RuleViolation("schoolYear", "school year " + y() + " has ended: its plan can be read, "
                    + "not changed; start the plan of " + y().next());
        }
    }

    private void requireWithinYear(java.time.LocalDate date, String field, PlanCalendar calendar) {
        if (date.isBefore(y().start()) || date.isAfter(y().end())) {
            throw new RuleViolation(field, "must lie within school year " + y());
        }
        if (date.isAfter(calendar.today())) {
            throw new RuleViolation(field, "cannot be in the future");
        }
    }

    /** Null keeps what was there, blank clears it; the same text again keeps the old sealed value (no new event). */
    private static SealedText sealIfGiven(PersonalDataVault vault, String subject, String plain, SealedText now) {
        if (plain == null) {
            return now;
        }
        if (plain.isBlank()) {
            return null;
        }
        boolean same = now != null && vault.open(now).map(plain::equals).orElse(false);
        return same ? now : vault.seal(subject, plain);
    }

    private static SealedText seal(PersonalDataVault vault, String subject, String plain) {
        return plain == null || plain.isBlank() ? null : vault.seal(subject, plain);
    }

    private nl.koers.platform.id.BoardId b() {
        return state.boardId();
    }

    private nl.koers.platform.id.SchoolId s() {
        return state.schoolId();
    }

    private nl.koers.contracts.plan.SchoolYear y() {
        return state.schoolYear();
    }

    @EventSourcingHandler
    void on(Object event) {
        state.apply(event);
        if (event instanceof PlanStarted started) {
            id = started.planId();
        }
    }
}
