package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/**
 * An incident was reported. {@code occurredAt} is when it happened, {@code recordedAt} when it was written down: the
 * two are kept apart so that a chronology is never fixed by back-dating. The description is free text about minors:
 * it travels sealed under the incident's own key, so erasing it needs no rewrite of the history.
 */
@KoersEvent(context = "incident", name = "IncidentReported")
public record IncidentReported(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant occurredAt,
                               Instant recordedAt, Location location, Category category, Severity severity,
                               SealedText description, UserId reportedBy) implements IncidentEvent {
}
