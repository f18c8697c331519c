package nl.koers.training.session.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.contracts.training.Accreditation;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.SessionId;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.training.catalogue.web.Catalogue;
import nl.koers.training.catalogue.web.CatalogueReadModel;
import nl.koers.training.catalogue.web.CourseView;
import nl.koers.training.session.SessionCommands.CancelSession;
import nl.koers.training.session.SessionCommands.RecordAttendance;
import nl.koers.training.session.SessionCommands.RescheduleSession;
import nl.koers.training.session.SessionCommands.ScheduleSession;
import nl.koers.training.session.web.Requests.AttendanceRequest;
import nl.koers.training.session.web.Requests.CancelRequest;
import nl.koers.training.session.web.Requests.ScheduleRequest;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.PersonalDataVault;
import org.springframework.stereotype.Service;

/**
 * The organiser's side of sessions. The organiser of a provider course is a platform admin (paths under
 * {@code /api/training}); of a board's own course, that board's admin (paths under {@code /api/boards/{boardId}}).
 * A session of another organiser answers 404, as if it did not exist.
 */
@Service
public class Sessions {
    private final SessionCommandSender commands;
    private final CatalogueReadModel courses;
    private final SessionReadModel sessions;
    private final PersonalDataVault vault;

    Sessions(SessionCommandSender commands, CatalogueReadModel courses, SessionReadModel sessions, PersonalDataVault vault) {
        this.commands = commands;
        this.courses = courses;
        this.sessions = sessions;
        this.vault = vault;
    }

    /** Who organises: the provider side (no board) or one board. */
    public record Organiser(Optional<BoardId> board) {
        public static Organiser provider() {
            return new Organiser(Optional.empty());
        }

        public static Organiser of(BoardId board) {
            return new Organiser(Optional.of(board));
        }

        void require(TenantScope scope) {
            board.ifPresentOrElse(b -> BoardAccess.require(scope, b, Set.of(Role.BOARD_ADMIN)),
                    () -> Catalogue.requirePlatformAdmin(scope));
        }

        boolean owns(String ownerBoard) {
            return java.util.Objects.equals(board.map(BoardId::value).orElse(null), ownerBoard);
        }

        Map<String, String> metaData(TenantScope scope) {
            return board.map(b -> EventMetaData.of(b, scope.user()))
                    .orElseGet(() -> Map.of(EventMetaData.ACTOR, scope.user().value()));
        }
    }

    public SessionId schedule(TenantScope scope, Organiser organiser, CourseId courseId, ScheduleRequest request) {
        organiser.require(scope);
        CourseView course = courses.find(courseId).filter(c -> organiser.owns(c.boardId()))
                .orElseThrow(() -> new NotFound("courseId", "course " + courseId));
        SessionId id = SessionId.generate();
        send(new ScheduleSession(id, course.id(), course.owner().orElse(null), course.title(), course.provider(),
                course.kind(), new Accreditation(course.lerarenregister(), course.hours()), request.schedule(),
                request.capacity()), organiser.metaData(scope));
        return id;
    }

    public SessionView reschedule(TenantScope scope, Organiser organiser, SessionId id, ScheduleRequest request) {
        organised(scope, organiser, id);
        send(new RescheduleSession(id, request.schedule()), organiser.metaData(scope));
        return organised(scope, organiser, id);
    }

    public SessionView cancel(TenantScope scope, Organiser organiser, SessionId id, CancelRequest request) {
        organised(scope, organiser, id);
        send(new CancelSession(id, request == null ? null : request.reason()), organiser.metaData(scope));
        return organised(scope, organiser, id);
    }

    public void recordAttendance(TenantScope scope, Organiser organiser, SessionId id, AttendanceRequest request) {
        organised(scope, organiser, id);
        if (request.participant() == null || request.participant().isBlank()) {
            throw new InvalidInput("participant", "is required");
        }
        UserId participant = new UserId(request.participant());
        send(new RecordAttendance(id, participant, request.attended(), scope.user()), organiser.metaData(scope));
    }

    /** The list the organiser records attendance from: enrolled people first, then the waiting list, in order. */
    public List<ParticipantView> participants(TenantScope scope, Organiser organiser, SessionId id) {
        organised(scope, organiser, id);
        return ParticipantView.of(sessions.enrolments(id), vault);
    }

    public SessionView organised(TenantScope scope, Organiser organiser, SessionId id) {
        organiser.require(scope);
        return sessions.session(id).filter(s -> organiser.owns(s.boardId()))
                .orElseThrow(() -> new NotFound("sessionId", "session " + id));
    }

    /** A session any user may look at when its course is in their catalogue. */
    public SessionView visible(TenantScope scope, SessionId id) {
        return sessions.session(id).filter(s -> s.visibleTo(scope.board()))
                .orElseThrow(() -> new NotFound("sessionId", "session " + id));
    }

    /** What a caller can still enrol in: upcoming sessions of their catalogue, soonest first. */
    public List<SessionView> upcoming(TenantScope scope, LocalDate today) {
        return sessions.upcoming(scope.board().map(BoardId::value), today);
    }

    /** The sessions of a course the caller was allowed to see ({@code Catalogue.visible}). */
    public List<SessionView> sessionsOf(CourseView course) {
        return sessions.sessionsOf(course.id());
    }

    private void send(Object command, Map<String, String> metaData) {
        commands.send(command, metaData);
    }
}
