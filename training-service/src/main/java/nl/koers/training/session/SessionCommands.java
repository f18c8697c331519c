package nl.koers.training.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.koers.contracts.training.Accreditation;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.SessionId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of a session. Who may send them is checked before (tenant scope); the rules are the aggregate's. */
public final class SessionCommands {
    private SessionCommands() {
    }

    /** The course's owner, title, provider, kind and accreditation are copied from the catalogue by the caller. */
    public record ScheduleSession(@TargetAggregateIdentifier SessionId sessionId, CourseId courseId, BoardId board,
                                  String courseTitle, String provider, CourseKind kind, Accreditation accreditation,
                                  Schedule schedule, Integer capacity) {
    }

    public record RescheduleSession(@TargetAggregateIdentifier SessionId sessionId, Schedule schedule) {
    }

    public record CancelSession(@TargetAggregateIdentifier SessionId sessionId, String reason) {
    }

    /** {@code board}/{@code school}: the participant's; {@code name} sealed under the participant's key. */
    public record Enrol(@TargetAggregateIdentifier SessionId sessionId, UserId participant, BoardId board,
                        SchoolId school, Role role, SealedText name, UserId enrolledBy) {
    }

    public record CancelEnrolment(@TargetAggregateIdentifier SessionId sessionId, UserId participant,
                                  UserId cancelledBy) {
    }

    public record RecordAttendance(@TargetAggregateIdentifier SessionId sessionId, UserId participant,
                                   Boolean attended, UserId recordedBy) {
    }

    /**
     * When and where: a date, start and end (Dutch local time), a city and venue or online, and the moment enrolment
     * closes (null: when the session starts).
     */
    public record Schedule(LocalDate date, LocalTime start, LocalTime end, Boolean online, String city,
                           String venue, Instant enrolmentDeadline) {
    }
}
