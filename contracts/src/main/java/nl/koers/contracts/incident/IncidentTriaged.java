package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** A handler of the school was assigned (also on reassignment). */
@KoersEvent(context = "incident", name = "IncidentTriaged")
public record IncidentTriaged(IncidentId incidentId, BoardId boardId, SchoolId schoolId, UserId handler,
                              UserId triagedBy, Instant triagedAt) implements IncidentEvent {
}
