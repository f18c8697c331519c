package nl.koers.contracts.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.UserId;

/**
 * A session moved; every enrolment and the waiting list stay as they were. {@code affected} are the people enrolled
 * or waiting, to be told in the app.
 */
@KoersEvent(context = "training", name = "SessionRescheduled")
public record SessionRescheduled(SessionId sessionId, CourseId courseId, LocalDate date, LocalTime start,
                                 LocalTime end, Place place, Instant enrolmentDeadline, List<UserId> affected)
        implements TrainingEvent {
    public SessionRescheduled {
        affected = List.copyOf(affected);
    }
}
