package nl.koers.contracts.training;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;

/**
 * A person took a place in a session, for their school and in their role there. The name is sealed under the
 * participant's key; {@code enrolledBy} is the person themselves or their coordinator.
 */
@KoersEvent(context = "training", name = "ParticipantEnrolled")
public record ParticipantEnrolled(SessionId sessionId, CourseId courseId, UserId participant, BoardId board,
                                  SchoolId school, Role role, SealedText name, UserId enrolledBy, Instant enrolledAt)
        implements TrainingEvent {
}
