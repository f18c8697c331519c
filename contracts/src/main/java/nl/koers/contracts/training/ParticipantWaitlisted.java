package nl.koers.contracts.training;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;

/** The session was full: the person joined the waiting list at {@code position} (1 = first to move up). */
@KoersEvent(context = "training", name = "ParticipantWaitlisted")
public record ParticipantWaitlisted(SessionId sessionId, CourseId courseId, UserId participant, BoardId board,
                                    SchoolId school, Role role, SealedText name, UserId enrolledBy, int position,
                                    Instant waitlistedAt) implements TrainingEvent {
}
