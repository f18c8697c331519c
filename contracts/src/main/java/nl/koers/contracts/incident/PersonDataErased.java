package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * One person's part of one incident was erased (its key deleted): read models show that part as erased from here on.
 * Carries no personal data: the person id points at nothing once erased.
 */
@KoersEvent(context = "incident", name = "PersonDataErased")
public record PersonDataErased(IncidentId incidentId, BoardId boardId, SchoolId schoolId, PersonId personId,
                               String subject, UUID receiptId, Instant erasedAt) implements IncidentEvent {
}
