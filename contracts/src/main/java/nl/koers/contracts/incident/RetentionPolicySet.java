package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;

/** The board's retention period for incident personal data, in months after closure (default 24, ADR 0022). */
@KoersEvent(context = "incident", name = "RetentionPolicySet")
public record RetentionPolicySet(BoardId boardId, int monthsAfterClosure, UserId setBy, Instant setAt)
        implements IncidentEvent {
}
