package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/** A Meldcode step was skipped, with the recorded reason (sealed) — never silently. */
@KoersEvent(context = "incident", name = "MeldcodeStepSkipped")
public record MeldcodeStepSkipped(IncidentId incidentId, BoardId boardId, SchoolId schoolId, MeldcodeStep step,
                                  SealedText reason, UserId skippedBy, Instant skippedAt) implements IncidentEvent {
}
