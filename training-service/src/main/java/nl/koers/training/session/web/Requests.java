package nl.koers.training.session.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.koers.training.session.SessionCommands.Schedule;

/** The bodies of the session endpoints. Missing fields arrive as null; the aggregate refuses them by name. */
public final class Requests {
    private Requests() {
    }

    /** Plan or move a session. {@code enrolmentDeadline} null: enrolment closes when the session starts. */
    public record ScheduleRequest(LocalDate date, LocalTime start, LocalTime end, Boolean online, String city,
                                  String venue, Integer capacity, Instant enrolmentDeadline) {
        Schedule schedule() {
            return new Schedule(date, start, end, online, city, venue, enrolmentDeadline);
        }
    }

    public record CancelRequest(String reason) {
    }

    /**
     * Enrol yourself (no {@code participant}) or, as coordinator, a colleague of your school. {@code name} is how the
     * certificate names the person (default: the name in the token, or the one the colleague gave before);
     * {@code role} the role they attend in (default: their most specific school role).
     */
    public record EnrolRequest(String participant, String name, String role) {
    }

    public record AttendanceRequest(String participant, Boolean attended) {
    }
}
