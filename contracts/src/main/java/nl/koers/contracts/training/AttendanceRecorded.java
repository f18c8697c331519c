package nl.koers.contracts.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;

/**
 * The organiser recorded whether an enrolled person attended. Carries what a school's coverage needs (role, kind,
 * date, hours) so that it can be derived from this event alone.
 */
@KoersEvent(context = "training", name = "AttendanceRecorded")
public record AttendanceRecorded(SessionId sessionId, CourseId courseId, UserId participant, BoardId board,
                                 SchoolId school, Role role, CourseKind kind, LocalDate date, BigDecimal hours,
                                 boolean attended, UserId recordedBy) implements TrainingEvent {
}
