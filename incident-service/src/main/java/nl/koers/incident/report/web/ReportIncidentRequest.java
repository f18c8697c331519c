package nl.koers.incident.report.web;

import java.time.Instant;
import java.util.List;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.Severity;

/**
 * The body of {@code POST /api/schools/{schoolId}/incidents}. Missing fields arrive as null; the aggregate refuses
 * them. Board, school and reporter never come from the body.
 */
public record ReportIncidentRequest(Instant occurredAt, Location location, Category category, Severity severity,
                                    String description, List<Person> involved, Boolean confidential) {

    /** Spring logs request bodies at debug/trace level with their {@code toString}: never the description. */
    @Override
    public String toString() {
        return "ReportIncidentRequest[occurredAt=" + occurredAt + ", location=" + location + ", category=" + category
                + ", severity=" + severity + ", description=" + hidden(description) + ", involved=" + involved
                + ", confidential=" + confidential + "]";
    }

    private static String hidden(String text) {
        return text == null ? "null" : "(" + text.length() + " characters)";
    }

    /** One involved person with their own role; a pupil by the school's pseudonymous reference and group. */
    public record Person(PersonKind kind, InvolvedRole role, String reference, String group, String name,
                         String note) {
        /** The reference is pseudonymous; name and note are personal data and stay out of logs. */
        @Override
        public String toString() {
            return "Person[kind=" + kind + ", role=" + role + ", reference=" + reference + ", group=" + group
                    + ", name=" + hidden(name) + ", note=" + hidden(note) + "]";
        }
    }
}
