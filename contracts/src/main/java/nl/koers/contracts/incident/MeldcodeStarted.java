package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** A concern about domestic violence or child abuse follows the Meldcode from here; it makes the incident confidential. */
@KoersEvent(context = "incident", name = "MeldcodeStarted")
public record MeldcodeStarted(IncidentId incidentId, BoardId boardId, SchoolId schoolId, UserId startedBy,
                              Instant startedAt) implements IncidentEvent {
}
