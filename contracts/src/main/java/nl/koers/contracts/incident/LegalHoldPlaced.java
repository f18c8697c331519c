package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/**
 * A legal hold on an incident or on a person (exactly one of {@code incidentId}, {@code personId} is set): retention
 * and erasure are suspended until it is lifted. The reason is sealed under the hold's own key.
 */
@KoersEvent(context = "incident", name = "LegalHoldPlaced")
public record LegalHoldPlaced(UUID holdId, BoardId boardId, SchoolId schoolId, IncidentId incidentId,
                              PersonId personId, SealedText reason, UserId placedBy, Instant placedAt)
        implements IncidentEvent {
}
