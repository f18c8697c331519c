package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** The receiving school acknowledged a transferred chronology: the receipt that replaces paper. */
@KoersEvent(context = "incident", name = "ChronologyTransferAcknowledged")
public record ChronologyTransferAcknowledged(UUID transferId, BoardId boardId, SchoolId fromSchool,
                                             SchoolId toSchool, UserId acknowledgedBy, Instant acknowledgedAt)
        implements IncidentEvent {
}
