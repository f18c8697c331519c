package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/** A follow-up action: what, who did it and when ({@code performedAt}), and its outcome (sealed free text). */
@KoersEvent(context = "incident", name = "FollowUpActionRecorded")
public record FollowUpActionRecorded(IncidentId incidentId, BoardId boardId, SchoolId schoolId, UUID actionId,
                                     FollowUpActionType type, UserId performedBy, Instant performedAt,
                                     SealedText outcome, UserId recordedBy, Instant recordedAt)
        implements IncidentEvent {
}
