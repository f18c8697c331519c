package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/** A closed incident was reopened, with a reason (sealed); it is back in follow-up with its handler. */
@KoersEvent(context = "incident", name = "IncidentReopened")
public record IncidentReopened(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant reopenedAt,
                               UserId reopenedBy, SealedText reason) implements IncidentEvent {
}
