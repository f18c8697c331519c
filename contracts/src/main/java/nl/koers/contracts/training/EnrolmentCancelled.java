package nl.koers.contracts.training;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** A person gave up their place ({@code fromWaitingList}: their spot on the waiting list). */
@KoersEvent(context = "training", name = "EnrolmentCancelled")
public record EnrolmentCancelled(SessionId sessionId, CourseId courseId, UserId participant, BoardId board,
                                 SchoolId school, boolean fromWaitingList, UserId cancelledBy, Instant cancelledAt)
        implements TrainingEvent {
}
