package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** The legal hold ended; retention and erasure apply again. */
@KoersEvent(context = "incident", name = "LegalHoldLifted")
public record LegalHoldLifted(UUID holdId, BoardId boardId, SchoolId schoolId, IncidentId incidentId,
                              PersonId personId, UserId liftedBy, Instant liftedAt) implements IncidentEvent {
}
