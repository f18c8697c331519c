package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** The receipt of an erasure request: what (which keys, which incidents), when and by whom; no personal data. */
@KoersEvent(context = "incident", name = "ErasureReceiptIssued")
public record ErasureReceiptIssued(UUID receiptId, BoardId boardId, SchoolId schoolId, PersonId personId,
                                   List<String> subjects, List<IncidentId> incidents, UserId erasedBy,
                                   Instant erasedAt) implements IncidentEvent {
    public ErasureReceiptIssued {
        subjects = List.copyOf(subjects);
        incidents = List.copyOf(incidents);
    }
}
