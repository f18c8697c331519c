package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** Someone read a confidential incident ({@code contentShown}: they saw its content, not just that it exists). */
@KoersEvent(context = "incident", name = "ConfidentialIncidentRead")
public record ConfidentialIncidentRead(IncidentId incidentId, BoardId boardId, SchoolId schoolId, UserId reader,
                                       Instant readAt, boolean contentShown, String via) implements IncidentEvent {
}
