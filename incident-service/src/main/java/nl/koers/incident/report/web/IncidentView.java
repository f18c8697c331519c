package nl.koers.incident.report.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.FollowUpActionType;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.MeldcodeOutcome;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.report.IncidentStatus;

/**
 * An incident as the API shows it, folded from its own event stream with the keys as they are now: erased or expired
 * text shows as {@code null} with {@code erased = true}, whatever copy of the history is replayed.
 */
public record IncidentView(String incidentId, String schoolId, Instant occurredAt, Instant recordedAt,
                           Location location, Category category, Severity severity, String description,
                           boolean descriptionErased, String reportedBy, IncidentStatus status, boolean confidential,
                           boolean contentVisible, String handler, List<Person> involved, DutyToReport dutyToReport,
                           List<Correction> corrections, List<Action> actions, List<Closure> closures, Meldcode meldcode, List<Hold> legalHolds,
                           Instant dataExpiredAt, List<HistoryLine> history) {

    /** Spring logs response bodies at debug/trace level with their {@code toString}: ids and state only. */
    @Override
    public String toString() {
        return "IncidentView[incidentId=" + incidentId + ", schoolId=" + schoolId + ", status=" + status + "]";
    }

    /** A sealed text as shown: the text, or {@code erased} when its key is gone. */
    public record Text(String text, boolean erased) {
        @Override
        public String toString() {
            return "Text[" + (text == null ? "null" : text.length() + " characters") + ", erased=" + erased + "]";
        }
    }

    public record Person(String personId, PersonKind kind, InvolvedRole role, String reference, String group,
                         String name, String note, boolean erased) {
        @Override
        public String toString() {
            return "Person[personId=" + personId + ", kind=" + kind + ", role=" + role + ", erased=" + erased + "]";
        }
    }

    /** What a correction changed (the fields named), why, by whom and when. */
    public record Correction(List<String> changed, Text reason, String by, Instant at) {
    }

    public record DutyToReport(Instant deadline, Instant reportedAt, boolean late, boolean overdue) {
    }

    public record Action(UUID actionId, FollowUpActionType type, String performedBy, Instant performedAt, Text outcome,
                         String recordedBy, Instant recordedAt) {
    }

    /** A closure (with its evaluation) or a reopening (with its reason). */
    public record Closure(String kind, Instant at, String by, Text text) {
    }

    public record Meldcode(Instant startedAt, String startedBy, List<Step> steps, MeldcodeOutcome outcome,
                           Text reasoning, String decidedBy, Instant decidedAt) {
    }

    public record Step(MeldcodeStep step, boolean skipped, Text text, String by, Instant at) {
    }

    public record Hold(UUID holdId, Text reason, String placedBy, Instant placedAt, Instant liftedAt) {
    }

    /** One event of the incident's history: what, when, by whom; never its content. */
    public record HistoryLine(String event, Instant at, String actor) {
    }

    /** What someone who may not read a confidential incident sees: that it exists. */
    public record Restricted(String incidentId, String schoolId, Instant recordedAt, IncidentStatus status,
                             boolean confidential, boolean contentVisible) {
    }
}
