package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/**
 * From now on only the handler, the school's confidential advisers and coordinators see the content; others see that
 * the incident exists. Read models must not show its category or description to anyone else.
 */
@KoersEvent(context = "incident", name = "IncidentMarkedConfidential")
public record IncidentMarkedConfidential(IncidentId incidentId, BoardId boardId, SchoolId schoolId, UserId markedBy,
                                         Instant markedAt) implements IncidentEvent {
}
