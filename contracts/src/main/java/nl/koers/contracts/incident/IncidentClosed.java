package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/** Closed with an evaluation (sealed); retention counts from {@code closedAt}. */
@KoersEvent(context = "incident", name = "IncidentClosed")
public record IncidentClosed(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant closedAt,
                             UserId closedBy, SealedText evaluation) implements IncidentEvent {
}
