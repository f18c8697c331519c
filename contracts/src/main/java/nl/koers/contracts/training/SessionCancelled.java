package nl.koers.contracts.training;

import java.time.Instant;
import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.UserId;

/** A session will not take place; {@code affected} (enrolled and waiting) are told in the app. */
@KoersEvent(context = "training", name = "SessionCancelled")
public record SessionCancelled(SessionId sessionId, CourseId courseId, String reason, List<UserId> affected,
                               Instant cancelledAt) implements TrainingEvent {
    public SessionCancelled {
        affected = List.copyOf(affected);
    }
}
