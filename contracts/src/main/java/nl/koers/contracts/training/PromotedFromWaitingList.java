package nl.koers.contracts.training;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** A place came free and the first person on the waiting list took it (automatically, no action needed). */
@KoersEvent(context = "training", name = "PromotedFromWaitingList")
public record PromotedFromWaitingList(SessionId sessionId, CourseId courseId, UserId participant, BoardId board,
                                      SchoolId school, Instant promotedAt) implements TrainingEvent {
}
