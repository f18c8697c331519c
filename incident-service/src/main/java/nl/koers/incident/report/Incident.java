package nl.koers.incident.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.contracts.incident.ConfidentialIncidentRead;
import nl.koers.contracts.incident.FollowUpActionRecorded;
import nl.koers.contracts.incident.FollowUpActionType;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentDataExpired;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentMarkedConfidential;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.IncidentTriaged;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.LegalHoldLifted;
import nl.koers.contracts.incident.LegalHoldPlaced;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.MeldcodeDecided;
import nl.koers.contracts.incident.MeldcodeStarted;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.contracts.incident.MeldcodeStepRecorded;
import nl.koers.contracts.incident.MeldcodeStepSkipped;
import nl.koers.contracts.incident.PersonDataErased;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.ReportToInspectorOverdue;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.confidential.MarkConfidential;
import nl.koers.incident.confidential.RecordConfidentialRead;
import nl.koers.incident.followup.CloseIncident;
import nl.koers.incident.followup.FlagOverdueReport;
import nl.koers.incident.followup.RecordFollowUpAction;
import nl.koers.incident.followup.ReopenIncident;
import nl.koers.incident.followup.TriageIncident;
import nl.koers.incident.meldcode.DecideMeldcode;
import nl.koers.incident.meldcode.MeldcodeProgress;
import nl.koers.incident.meldcode.RecordMeldcodeStep;
import nl.koers.incident.meldcode.SkipMeldcodeStep;
import nl.koers.incident.meldcode.StartMeldcode;
import nl.koers.incident.privacy.ErasePersonData;
import nl.koers.incident.privacy.ExpireIncidentData;
import nl.koers.incident.privacy.LiftIncidentHold;
import nl.koers.incident.privacy.PlaceIncidentHold;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One incident at one school, from its report to its closure, and its personal data until it expires. Rules are
 * checked before anything is applied; free text is sealed (ADR 0006, 0020) before it enters an event.
 */
@Aggregate
public class Incident {
    public static final int MAX_DESCRIPTION = FreeText.MAX;
    /** Phones and laptops drift; a report a minute "ahead" is clock skew, not a future date. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @AggregateIdentifier
    private IncidentId id;
    private BoardId board;
    private SchoolId school;
    private UserId reporter;
    private Category category;
    private Instant occurredAt;
    private Location location;
    private Severity severity;
    private boolean staffInvolved;
    private IncidentStatus status;
    private boolean confidential;
    private Instant reportDeadline;
    private boolean reportRecorded;
    private boolean reportOverdueFlagged;
    private MeldcodeProgress meldcode;
    private boolean expired;
    private final Map<PersonId, Part> persons = new LinkedHashMap<>();
    private final Map<UUID, Boolean> holds = new LinkedHashMap<>();

    /** What the aggregate remembers of a person: the sealed name (to keep it out of later free text) and erasure. */
    private record Part(String subject, SealedText name, boolean erased) {
    }

    protected Incident() {
        // for Axon
    }

    @CommandHandler
    public Incident(ReportIncident command, Clock clock, PersonalDataVault vault) {
        Instant now = clock.instant();
        Report.validate(command, now.plus(CLOCK_SKEW));
        List<InvolvedPerson> involved = Report.seal(command, vault);
        apply(new IncidentReported(command.incidentId(), command.boardId(), command.schoolId(), command.occurredAt(),
                now, command.location(), command.category(), command.severity(),
                vault.seal(Subjects.incidentText(command.incidentId()), command.description()), command.reportedBy(),
                involved, command.confidential()));
        DutyToReport.deadline(command.category(), command.involved(), now).ifPresent(deadline -> apply(
                new ReportToInspectorRequired(command.incidentId(), command.boardId(), command.schoolId(),
                        command.category(), deadline)));
    }

    /** The description keeps its subject from the first slice: the incident's own free text. */
    public static String descriptionSubject(IncidentId id) {
        return Subjects.incidentText(id);
    }

    /**
     * A correction is an event of its own: what changed, why, by whom, when; the report stays as it was recorded. A
     * correction into a category with a duty to report raises that duty now; a raised duty is only cleared by the report.
     */
    @CommandHandler
    void handle(CorrectIncident command, Clock clock, PersonalDataVault vault) {
        if (expired) {
            throw new Conflict("status", "the personal data of this incident expired; it can no longer be corrected");
        }
        Instant now = clock.instant();
        if (command.occurredAt() != null && command.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolation("occurredAt", "an incident cannot have happened in the future");
        }
        Instant when = changed(command.occurredAt(), occurredAt);
        var where = changed(command.location(), location);
        Category what = changed(command.category(), category);
        var how = changed(command.severity(), severity);
        String description = command.description() == null ? null
                : checkedText(command.description(), "description", vault, true);
        if (when == null && where == null && what == null && how == null && description == null) {
            throw new InvalidInput("correction", "change at least one of occurredAt, location, category, severity, "
                    + "description");
        }
        String reason = checkedText(command.reason(), "reason", vault, true);
        apply(new IncidentCorrected(id, board, school, when, where, what, how, seal(description, vault),
                seal(reason, vault), command.by(), now));
        if (what != null && reportDeadline == null && DutyToReport.applies(what, staffInvolved)) {
            apply(new ReportToInspectorRequired(id, board, school, what, now.plus(DutyToReport.DEADLINE)));
        }
    }

    private static <T> T changed(T corrected, T current) {
        return corrected == null || corrected.equals(current) ? null : corrected;
    }

    @CommandHandler
    void handle(TriageIncident command, Clock clock) {
        if (status == IncidentStatus.CLOSED) {
            throw new Conflict("status", "the incident is closed; reopen it before assigning a handler");
        }
        if (command.handler() == null) {
            throw new InvalidInput("handler", "is required");
        }
        apply(new IncidentTriaged(id, board, school, command.handler(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordFollowUpAction command, Clock clock, PersonalDataVault vault) {
        requireInFollowUp("record a follow-up action");
        Instant now = clock.instant();
        if (command.type() == null) {
            throw new InvalidInput("type", "is required");
        }
        if (command.performedAt() == null) {
            throw new InvalidInput("performedAt", "is required: when was it done");
        }
        if (command.performedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolation("performedAt", "an action cannot have been done in the future");
        }
        String outcome = checkedText(command.outcome(), "outcome", vault, false);
        apply(new FollowUpActionRecorded(id, board, school, command.actionId(), command.type(), command.performedBy(),
                command.performedAt(), seal(outcome, vault), command.by(), now));
        if (command.type() == FollowUpActionType.REPORT_TO_CONFIDENTIAL_INSPECTOR && reportDeadline != null
                && !reportRecorded) {
            apply(new ReportToInspectorRecorded(id, board, school, command.performedAt(),
                    command.performedAt().isAfter(reportDeadline), command.by(), now));
        }
    }

    @CommandHandler
    void handle(CloseIncident command, Clock clock, PersonalDataVault vault) {
        requireInFollowUp("close it");
        if (reportDeadline != null && !reportRecorded) {
            throw new Conflict("status", "the report to the vertrouwensinspecteur is required and not yet recorded");
        }
        if (meldcode != null && !meldcode.decided()) {
            throw new Conflict("status", "the Meldcode is not completed: record its decision first");
        }
        String evaluation = checkedText(command.evaluation(), "evaluation", vault, true);
        apply(new IncidentClosed(id, board, school, clock.instant(), command.by(), seal(evaluation, vault)));
    }

    @CommandHandler
    void handle(ReopenIncident command, Clock clock, PersonalDataVault vault) {
        if (status != IncidentStatus.CLOSED) {
            throw new Conflict("status", "only a closed incident can be reopened");
        }
        if (expired) {
            throw new Conflict("status", "the personal data of this incident expired; it cannot be reopened");
        }
        String reason = checkedText(command.reason(), "reason", vault, true);
        apply(new IncidentReopened(id, board, school, clock.instant(), command.by(), seal(reason, vault)));
    }

    @CommandHandler
    void handle(FlagOverdueReport command, Clock clock) {
        if (reportDeadline != null && !reportRecorded && !reportOverdueFlagged
                && reportDeadline.isBefore(command.deadlinePassedBefore())) {
            apply(new ReportToInspectorOverdue(id, board, school, reportDeadline, clock.instant()));
        }
    }

    @CommandHandler
    void handle(MarkConfidential command, Clock clock) {
        if (!command.coordinator() && !command.by().equals(reporter)) {
            throw new Forbidden("only the reporter or a coordinator may mark an incident confidential");
        }
        if (!confidential) {
            apply(new IncidentMarkedConfidential(id, board, school, command.by(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(RecordConfidentialRead command, Clock clock) {
        if (confidential) {
            apply(new ConfidentialIncidentRead(id, board, school, command.reader(), clock.instant(),
                    command.contentShown(), command.via()));
        }
    }

    @CommandHandler
    void handle(StartMeldcode command, Clock clock) {
        if (meldcode != null) {
            throw new Conflict("meldcode", "the Meldcode is already followed for this incident");
        }
        if (status == IncidentStatus.CLOSED) {
            throw new Conflict("status", "the incident is closed; reopen it first");
        }
        Instant now = clock.instant();
        apply(new MeldcodeStarted(id, board, school, command.by(), now));
        if (!confidential) { // a Meldcode concern is confidential by default
            apply(new IncidentMarkedConfidential(id, board, school, command.by(), now));
        }
    }

    @CommandHandler
    void handle(RecordMeldcodeStep command, Clock clock, PersonalDataVault vault) {
        requireMeldcode().requireNext(command.step());
        String decision = checkedText(command.decision(), "decision", vault, true);
        apply(new MeldcodeStepRecorded(id, board, school, command.step(), seal(decision, vault), command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(SkipMeldcodeStep command, Clock clock, PersonalDataVault vault) {
        requireMeldcode().requireSkippable(command.step());
        String reason = checkedText(command.reason(), "reason", vault, true);
        apply(new MeldcodeStepSkipped(id, board, school, command.step(), seal(reason, vault), command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(DecideMeldcode command, Clock clock, PersonalDataVault vault) {
        requireMeldcode().requireDecidable();
        if (command.outcome() == null) {
            throw new InvalidInput("outcome", "is required: organise help, report to Veilig Thuis, or both");
        }
        String reasoning = checkedText(command.reasoning(), "reasoning", vault, true);
        apply(new MeldcodeDecided(id, board, school, command.outcome(), seal(reasoning, vault), command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(PlaceIncidentHold command, Clock clock, PersonalDataVault vault) {
        String reason = FreeText.required(command.reason(), "reason", "why is the data kept: the legal ground");
        apply(new LegalHoldPlaced(command.holdId(), board, school, id, null,
                vault.seal("legal-hold/" + command.holdId(), reason), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(LiftIncidentHold command, Clock clock) {
        if (!Boolean.TRUE.equals(holds.get(command.holdId()))) {
            throw new NotFound("holdId", "no active legal hold " + command.holdId() + " on this incident");
        }
        apply(new LegalHoldLifted(command.holdId(), board, school, id, null, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ErasePersonData command, Clock clock, PersonalDataVault vault) {
        Part part = persons.get(command.personId());
        if (part == null) {
            throw new NotFound("personId", "person " + command.personId() + " is not involved in this incident");
        }
        requireNoHold("erasure");
        if (!part.erased()) {
            vault.erase(part.subject());
            apply(new PersonDataErased(id, board, school, command.personId(), part.subject(), command.receiptId(),
                    clock.instant()));
        }
    }

    @CommandHandler
    void handle(ExpireIncidentData command, Clock clock, PersonalDataVault vault) {
        if (status != IncidentStatus.CLOSED) {
            throw new Conflict("status", "only a closed incident's data expires");
        }
        requireNoHold("retention");
        if (expired) {
            return;
        }
        List<String> subjects = new ArrayList<>(List.of(Subjects.incidentText(id)));
        persons.values().stream().filter(p -> !p.erased()).map(Part::subject).forEach(subjects::add);
        subjects.forEach(vault::erase);
        apply(new IncidentDataExpired(id, board, school, subjects, command.retentionMonths(), clock.instant()));
    }

    private void requireNoHold(String what) {
        if (holds.containsValue(true)) {
            throw new Conflict("legalHold", "incident " + id + " is under a legal hold: " + what + " is suspended "
                    + "until the hold is lifted");
        }
    }

    private void requireInFollowUp(String action) {
        if (status == IncidentStatus.REPORTED) {
            throw new Conflict("status", "triage first: assign a handler before you " + action);
        }
        if (status == IncidentStatus.CLOSED) {
            throw new Conflict("status", "the incident is closed; reopen it before you " + action);
        }
    }

    private MeldcodeProgress requireMeldcode() {
        if (meldcode == null) {
            throw new Conflict("meldcode", "start the Meldcode for this incident first");
        }
        return meldcode;
    }

    /** Free text of the follow-up keeps names of involved persons out, like the description (ADR 0020). */
    private String checkedText(String text, String field, PersonalDataVault vault, boolean required) {
        String checked = required
                ? FreeText.required(text, field, "is required: write the facts (what, when, who did what)")
                : FreeText.optional(text, field);
        Set<String> names = new HashSet<>();
        persons.values().stream().filter(p -> p.name() != null && !p.erased())
                .forEach(p -> vault.open(p.name()).ifPresent(names::add));
        FreeText.freeOfNames(checked, names, field);
        return checked;
    }

    private SealedText seal(String text, PersonalDataVault vault) {
        return text == null ? null : vault.seal(Subjects.incidentText(id), text);
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        this.id = event.incidentId();
        this.board = event.boardId();
        this.school = event.schoolId();
        this.reporter = event.reportedBy();
        this.category = event.category();
        this.occurredAt = event.occurredAt();
        this.location = event.location();
        this.severity = event.severity();
        this.staffInvolved = DutyToReport.staffTriggers(event.involved());
        this.status = IncidentStatus.REPORTED;
        this.confidential = event.confidential();
        event.involved().forEach(p -> persons.put(p.personId(), new Part(p.subject(), p.name(), false)));
    }

    @EventSourcingHandler
    void on(IncidentCorrected event) {
        this.category = event.category() != null ? event.category() : category;
        this.occurredAt = event.occurredAt() != null ? event.occurredAt() : occurredAt;
        this.location = event.location() != null ? event.location() : location;
        this.severity = event.severity() != null ? event.severity() : severity;
    }

    @EventSourcingHandler
    void on(ReportToInspectorRequired event) {
        this.reportDeadline = event.deadline();
    }

    @EventSourcingHandler
    void on(ReportToInspectorRecorded event) {
        this.reportRecorded = true;
    }

    @EventSourcingHandler
    void on(ReportToInspectorOverdue event) {
        this.reportOverdueFlagged = true;
    }

    @EventSourcingHandler
    void on(IncidentTriaged event) {
        this.status = IncidentStatus.IN_FOLLOW_UP;
    }

    @EventSourcingHandler
    void on(IncidentClosed event) {
        this.status = IncidentStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        this.status = IncidentStatus.IN_FOLLOW_UP;
    }

    @EventSourcingHandler
    void on(IncidentMarkedConfidential event) {
        this.confidential = true;
    }

    @EventSourcingHandler
    void on(MeldcodeStarted event) {
        this.meldcode = new MeldcodeProgress();
    }

    @EventSourcingHandler
    void on(MeldcodeStepRecorded event) {
        meldcode.mark(event.step(), MeldcodeProgress.Mark.TAKEN);
    }

    @EventSourcingHandler
    void on(MeldcodeStepSkipped event) {
        meldcode.mark(event.step(), MeldcodeProgress.Mark.SKIPPED);
    }

    @EventSourcingHandler
    void on(MeldcodeDecided event) {
        meldcode.mark(MeldcodeStep.DECIDE, MeldcodeProgress.Mark.TAKEN);
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        holds.put(event.holdId(), true);
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        holds.put(event.holdId(), false);
    }

    @EventSourcingHandler
    void on(PersonDataErased event) {
        persons.computeIfPresent(event.personId(), (key, part) -> new Part(part.subject(), part.name(), true));
    }

    @EventSourcingHandler
    void on(IncidentDataExpired event) {
        this.expired = true;
        persons.replaceAll((key, part) -> new Part(part.subject(), part.name(), true));
    }
}
