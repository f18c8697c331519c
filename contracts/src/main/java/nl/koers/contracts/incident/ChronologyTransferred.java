package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/**
 * A pupil moved to another school of the same board: the sending coordinator transferred the pupil's chronology.
 * Everything personal is sealed under the transfer's own key for the receiving school ({@code subject}).
 */
@KoersEvent(context = "incident", name = "ChronologyTransferred")
public record ChronologyTransferred(UUID transferId, BoardId boardId, SchoolId fromSchool, SchoolId toSchool,
                                    PersonId personId, String subject, SealedText reference,
                                    List<TransferredIncident> incidents, UserId transferredBy, Instant transferredAt)
        implements IncidentEvent {
    public ChronologyTransferred {
        incidents = List.copyOf(incidents);
    }
}
