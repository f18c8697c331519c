package nl.koers.incident.report.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.ConfidentialIncidentRead;
import nl.koers.contracts.incident.FollowUpActionRecorded;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentDataExpired;
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
import nl.koers.contracts.incident.MeldcodeStepRecorded;
import nl.koers.contracts.incident.MeldcodeStepSkipped;
import nl.koers.contracts.incident.PersonDataErased;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.report.IncidentStatus;
import nl.koers.incident.report.web.IncidentView.Action;
import nl.koers.incident.report.web.IncidentView.Closure;
import nl.koers.incident.report.web.IncidentView.HistoryLine;
import nl.koers.incident.report.web.IncidentView.Hold;
import nl.koers.incident.report.web.IncidentView.Person;
import nl.koers.incident.report.web.IncidentView.Step;
import nl.koers.incident.report.web.IncidentView.Text;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import org.axonframework.eventhandling.DomainEventMessage;

/** Folds one incident's events into its view, opening each sealed text with the key as it is now. */
final class IncidentHistory {
    private final PersonalDataVault vault;
    private final Instant now;
    private IncidentReported reported;
    private final List<IncidentCorrected> corrections = new ArrayList<>();
    private IncidentStatus status = IncidentStatus.REPORTED;
    private boolean confidential;
    private String handler;
    private Instant deadline;
    private ReportToInspectorRecorded reportRecorded;
    private final List<Action> actions = new ArrayList<>();
    private final List<Closure> closures = new ArrayList<>();
    private MeldcodeStarted meldcodeStarted;
    private final List<Step> steps = new ArrayList<>();
    private MeldcodeDecided decided;
    private final Map<UUID, Hold> holds = new LinkedHashMap<>();
    private Instant expiredAt;
    private final Set<PersonId> erasedPersons = new HashSet<>();
    private final List<HistoryLine> history = new ArrayList<>();

    IncidentHistory(PersonalDataVault vault, Instant now) {
        this.vault = vault;
        this.now = now;
    }

    Optional<IncidentView> fold(List<? extends DomainEventMessage<?>> events) {
        events.forEach(this::apply);
        return Optional.ofNullable(reported).map(r -> view());
    }

    private void apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (!(event instanceof ConfidentialIncidentRead)) {
            history.add(new HistoryLine(event.getClass().getSimpleName(), message.getTimestamp(),
                    (String) message.getMetaData().get(EventMetaData.ACTOR)));
        }
        switch (event) {
            case IncidentReported e -> {
                reported = e;
                confidential = e.confidential();
            }
            case IncidentCorrected e -> corrections.add(e);
            case ReportToInspectorRequired e -> deadline = e.deadline();
            case ReportToInspectorRecorded e -> reportRecorded = e;
            case IncidentTriaged e -> {
                handler = e.handler().value();
                status = IncidentStatus.IN_FOLLOW_UP;
            }
            case FollowUpActionRecorded e -> actions.add(new Action(e.actionId(), e.type(), e.performedBy().value(),
                    e.performedAt(), text(e.outcome()), e.recordedBy().value(), e.recordedAt()));
            case IncidentClosed e -> {
                status = IncidentStatus.CLOSED;
                closures.add(new Closure("CLOSED", e.closedAt(), e.closedBy().value(), text(e.evaluation())));
            }
            case IncidentReopened e -> {
                status = IncidentStatus.IN_FOLLOW_UP;
                closures.add(new Closure("REOPENED", e.reopenedAt(), e.reopenedBy().value(), text(e.reason())));
            }
            case IncidentMarkedConfidential e -> confidential = true;
            case MeldcodeStarted e -> meldcodeStarted = e;
            case MeldcodeStepRecorded e -> steps.add(new Step(e.step(), false, text(e.decision()), e.takenBy().value(),
                    e.takenAt()));
            case MeldcodeStepSkipped e -> steps.add(new Step(e.step(), true, text(e.reason()), e.skippedBy().value(),
                    e.skippedAt()));
            case MeldcodeDecided e -> decided = e;
            case LegalHoldPlaced e -> holds.put(e.holdId(), new Hold(e.holdId(), text(e.reason()), e.placedBy().value(),
                    e.placedAt(), null));
            case LegalHoldLifted e -> holds.computeIfPresent(e.holdId(), (id, h) -> new Hold(id, h.reason(),
                    h.placedBy(), h.placedAt(), e.liftedAt()));
            case IncidentDataExpired e -> expiredAt = e.expiredAt();
            case PersonDataErased e -> erasedPersons.add(e.personId());
            default -> {
                // reads, erasures: the keys tell the rest
            }
        }
    }

    private IncidentView view() {
        Current current = Current.of(reported);
        List<IncidentView.Correction> shown = new ArrayList<>();
        for (IncidentCorrected c : corrections) {
            current = current.corrected(c);
            shown.add(new IncidentView.Correction(Current.changed(c), text(c.reason()), c.correctedBy().value(),
                    c.correctedAt()));
        }
        Optional<String> description = vault.open(current.description());
        IncidentView.Meldcode meldcode = meldcodeStarted == null ? null : new IncidentView.Meldcode(
                meldcodeStarted.startedAt(), meldcodeStarted.startedBy().value(), List.copyOf(steps),
                decided == null ? null : decided.outcome(), decided == null ? null : text(decided.reasoning()),
                decided == null ? null : decided.decidedBy().value(), decided == null ? null : decided.decidedAt());
        IncidentView.DutyToReport duty = deadline == null ? null : new IncidentView.DutyToReport(deadline,
                reportRecorded == null ? null : reportRecorded.reportedAt(),
                reportRecorded != null && reportRecorded.late(), reportRecorded == null && deadline.isBefore(now));
        return new IncidentView(reported.incidentId().toString(), reported.schoolId().value(), current.occurredAt(),
                reported.recordedAt(), current.location(), current.category(), current.severity(),
                description.orElse(null), description.isEmpty(), reported.reportedBy().value(), status, confidential,
                true, handler, reported.involved().stream().map(this::person).toList(), duty, List.copyOf(shown),
                List.copyOf(actions),
                List.copyOf(closures), meldcode, List.copyOf(holds.values()), expiredAt, List.copyOf(history));
    }

    /** The report's facts as corrected so far. */
    private record Current(Instant occurredAt, Location location, Category category, Severity severity,
                           SealedText description) {
        static Current of(IncidentReported r) {
            return new Current(r.occurredAt(), r.location(), r.category(), r.severity(), r.description());
        }

        Current corrected(IncidentCorrected c) {
            return new Current(or(c.occurredAt(), occurredAt), or(c.location(), location), or(c.category(), category),
                    or(c.severity(), severity), or(c.description(), description));
        }

        static List<String> changed(IncidentCorrected c) {
            List<String> changed = new ArrayList<>();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("occurredAt", c.occurredAt());
            fields.put("location", c.location());
            fields.put("category", c.category());
            fields.put("severity", c.severity());
            fields.put("description", c.description());
            fields.forEach((name, value) -> {
                if (value != null) {
                    changed.add(name);
                }
            });
            return changed;
        }

        private static <T> T or(T corrected, T current) {
            return corrected != null ? corrected : current;
        }
    }

    IncidentView.Restricted restricted() {
        return new IncidentView.Restricted(reported.incidentId().toString(), reported.schoolId().value(),
                reported.recordedAt(), status, true, false);
    }

    private Person person(InvolvedPerson p) {
        Text reference = text(p.reference());
        boolean erased = erasedPersons.contains(p.personId()) || expiredAt != null || reference.erased();
        return new Person(p.personId().toString(), p.kind(), p.role(), reference.text(), text(p.group()).text(),
                text(p.name()).text(), text(p.note()).text(), erased);
    }

    private Text text(SealedText sealed) {
        if (sealed == null) {
            return new Text(null, false);
        }
        Optional<String> open = vault.open(sealed);
        return new Text(open.orElse(null), open.isEmpty());
    }
}
