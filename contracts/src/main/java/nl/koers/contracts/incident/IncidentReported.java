package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/**
 * An incident was reported. {@code occurredAt} is when it happened, {@code recordedAt} when it was written down: the
 * two are kept apart so that a chronology is never fixed by back-dating. The description travels sealed under the
 * incident's own key; each involved person's part under that person's own key (ADR 0006, ADR 0020). A confidential
 * incident shows only that it exists to those who may not read it.
 */
@KoersEvent(context = "incident", name = "IncidentReported")
public record IncidentReported(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant occurredAt,
                               Instant recordedAt, Location location, Category category, Severity severity,
                               SealedText description, UserId reportedBy, List<InvolvedPerson> involved,
                               boolean confidential) implements IncidentEvent {
    public IncidentReported {
        involved = involved == null ? List.of() : List.copyOf(involved); // v1 events written before issue 5
    }

    /** The first slice's shape (no involved people, not confidential). */
    public IncidentReported(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant occurredAt,
                            Instant recordedAt, Location location, Category category, Severity severity,
                            SealedText description, UserId reportedBy) {
        this(incidentId, boardId, schoolId, occurredAt, recordedAt, location, category, severity, description,
                reportedBy, List.of(), false);
    }
}
