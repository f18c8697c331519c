package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/**
 * A correction of the report, recorded as what it is: the original stays in the history. Only the fields that changed
 * are set (others null); the reason is required and sealed like the description. Consumers counting by category must
 * move the incident from its old category to {@code category} when that is set.
 */
@KoersEvent(context = "incident", name = "IncidentCorrected")
public record IncidentCorrected(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant occurredAt,
                                Location location, Category category, Severity severity, SealedText description,
                                SealedText reason, UserId correctedBy, Instant correctedAt) implements IncidentEvent {
}
