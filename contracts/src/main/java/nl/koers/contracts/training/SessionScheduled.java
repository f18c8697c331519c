package nl.koers.contracts.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;

/**
 * A session of a course was planned. Times are Dutch local time (Europe/Amsterdam); the deadline is an instant.
 * {@code board} is the course's owner (null: provider catalogue). The course's title, provider, kind and accreditation are
 * copied so that consumers (and certificates) need not join.
 */
@KoersEvent(context = "training", name = "SessionScheduled")
public record SessionScheduled(SessionId sessionId, CourseId courseId, BoardId board, String courseTitle,
                               String provider, CourseKind kind, Accreditation accreditation, LocalDate date, LocalTime start,
                               LocalTime end, Place place, int capacity, Instant enrolmentDeadline)
        implements TrainingEvent {
}
