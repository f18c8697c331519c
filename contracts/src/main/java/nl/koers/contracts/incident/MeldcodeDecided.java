package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/** Step 5 of the Meldcode: help and/or a report to Veilig Thuis, with the reasoning (sealed) and who decided. */
@KoersEvent(context = "incident", name = "MeldcodeDecided")
public record MeldcodeDecided(IncidentId incidentId, BoardId boardId, SchoolId schoolId, MeldcodeOutcome outcome,
                              SealedText reasoning, UserId decidedBy, Instant decidedAt) implements IncidentEvent {
}
