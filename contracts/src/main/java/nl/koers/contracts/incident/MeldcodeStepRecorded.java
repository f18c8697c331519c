package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/** One Meldcode step taken: its decision (sealed) and who took it. */
@KoersEvent(context = "incident", name = "MeldcodeStepRecorded")
public record MeldcodeStepRecorded(IncidentId incidentId, BoardId boardId, SchoolId schoolId, MeldcodeStep step,
                                   SealedText decision, UserId takenBy, Instant takenAt) implements IncidentEvent {
}
