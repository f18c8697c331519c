package nl.koers.training.session.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.SessionId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.training.catalogue.web.Catalogue;
import nl.koers.training.session.web.Requests.AttendanceRequest;
import nl.koers.training.session.web.Requests.CancelRequest;
import nl.koers.training.session.web.Requests.ScheduleRequest;
import nl.koers.training.session.web.Sessions.Organiser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions for organisers and readers. The same operations exist twice: for the provider catalogue under
 * {@code /api/training} (platform admin) and for a board's own offers under {@code /api/boards/{boardId}/training}.
 */
@RestController
class SessionController {
    private final Sessions sessions;
    private final Catalogue catalogue;
    private final Clock clock;

    SessionController(Sessions sessions, Catalogue catalogue, Clock clock) {
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Upcoming sessions (today and later, Dutch time) of the caller's catalogue, not cancelled. */
    @GetMapping("/api/training/sessions")
    List<SessionView> upcoming() {
        return sessions.upcoming(TenantScopes.current(), LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))));
    }

    @GetMapping("/api/training/sessions/{sessionId}")
    SessionView get(@PathVariable String sessionId) {
        return sessions.visible(TenantScopes.current(), SessionId.parse(sessionId));
    }

    @GetMapping("/api/training/courses/{courseId}/sessions")
    List<SessionView> ofCourse(@PathVariable String courseId) {
        var scope = TenantScopes.current();
        return sessions.sessionsOf(catalogue.visible(scope, CourseId.parse(courseId)));
    }

    @PostMapping(path = "/api/training/courses/{courseId}/sessions", consumes = "application/json")
    ResponseEntity<Map<String, String>> schedule(@PathVariable String courseId, @RequestBody ScheduleRequest request) {
        return created(sessions.schedule(TenantScopes.current(), Organiser.provider(), CourseId.parse(courseId), request));
    }

    @PostMapping(path = "/api/boards/{boardId}/training/courses/{courseId}/sessions", consumes = "application/json")
    ResponseEntity<Map<String, String>> schedule(@PathVariable BoardId boardId, @PathVariable String courseId,
                                                 @RequestBody ScheduleRequest request) {
        return created(sessions.schedule(TenantScopes.current(), Organiser.of(boardId), CourseId.parse(courseId), request));
    }

    @PostMapping(path = "/api/training/sessions/{sessionId}/reschedule", consumes = "application/json")
    SessionView reschedule(@PathVariable String sessionId, @RequestBody ScheduleRequest request) {
        return sessions.reschedule(TenantScopes.current(), Organiser.provider(), SessionId.parse(sessionId), request);
    }

    @PostMapping(path = "/api/boards/{boardId}/training/sessions/{sessionId}/reschedule", consumes = "application/json")
    SessionView reschedule(@PathVariable BoardId boardId, @PathVariable String sessionId,
                           @RequestBody ScheduleRequest request) {
        return sessions.reschedule(TenantScopes.current(), Organiser.of(boardId), SessionId.parse(sessionId), request);
    }

    @PostMapping(path = "/api/training/sessions/{sessionId}/cancel", consumes = "application/json")
    SessionView cancel(@PathVariable String sessionId, @RequestBody(required = false) CancelRequest request) {
        return sessions.cancel(TenantScopes.current(), Organiser.provider(), SessionId.parse(sessionId), request);
    }

    @PostMapping(path = "/api/boards/{boardId}/training/sessions/{sessionId}/cancel", consumes = "application/json")
    SessionView cancel(@PathVariable BoardId boardId, @PathVariable String sessionId,
                       @RequestBody(required = false) CancelRequest request) {
        return sessions.cancel(TenantScopes.current(), Organiser.of(boardId), SessionId.parse(sessionId), request);
    }

    @GetMapping("/api/training/sessions/{sessionId}/participants")
    List<ParticipantView> participants(@PathVariable String sessionId) {
        return sessions.participants(TenantScopes.current(), Organiser.provider(), SessionId.parse(sessionId));
    }

    @GetMapping("/api/boards/{boardId}/training/sessions/{sessionId}/participants")
    List<ParticipantView> participants(@PathVariable BoardId boardId, @PathVariable String sessionId) {
        return sessions.participants(TenantScopes.current(), Organiser.of(boardId), SessionId.parse(sessionId));
    }

    @PostMapping(path = "/api/training/sessions/{sessionId}/attendance", consumes = "application/json")
    ResponseEntity<Void> attendance(@PathVariable String sessionId, @RequestBody AttendanceRequest request) {
        sessions.recordAttendance(TenantScopes.current(), Organiser.provider(), SessionId.parse(sessionId), request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/boards/{boardId}/training/sessions/{sessionId}/attendance", consumes = "application/json")
    ResponseEntity<Void> attendance(@PathVariable BoardId boardId, @PathVariable String sessionId,
                                    @RequestBody AttendanceRequest request) {
        sessions.recordAttendance(TenantScopes.current(), Organiser.of(boardId), SessionId.parse(sessionId), request);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Map<String, String>> created(SessionId id) {
        return ResponseEntity.created(URI.create("/api/training/sessions/" + id)).body(Map.of("sessionId", id.toString()));
    }
}
