package nl.koers.training.session.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.contracts.training.SessionId;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.training.people.StaffRoster;
import nl.koers.training.people.StaffRoster.Member;
import nl.koers.training.session.SessionCommands.CancelEnrolment;
import nl.koers.training.session.SessionCommands.Enrol;
import nl.koers.training.session.web.Requests.EnrolRequest;
import org.springframework.stereotype.Service;

/**
 * The school's side of sessions: staff enrol themselves, a coordinator (or the board admin) enrols colleagues of
 * the school. A colleague must be on the school's roster (ADR 0040): a person of another school is refused.
 */
@Service
public class Enrolments {
    static final Set<Role> ENROLLERS = EnumSet.of(Role.STAFF, Role.COORDINATOR, Role.CONFIDENTIAL_ADVISER,
            Role.BOARD_ADMIN);
    static final Set<Role> ENROL_OTHERS = EnumSet.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    /** The role a person attends in when they do not say: the most specific one they hold at school. */
    static final List<Role> ROLE_PREFERENCE = List.of(Role.COORDINATOR, Role.CONFIDENTIAL_ADVISER, Role.STAFF,
            Role.BOARD_ADMIN);
    static final int MAX_NAME = 200;

    private final SessionCommandSender commands;
    private final SchoolAccess access;
    private final Sessions sessions;
    private final SessionReadModel readModel;
    private final StaffRoster roster;
    private final PersonalDataVault vault;

    Enrolments(SessionCommandSender commands, SchoolAccess access, Sessions sessions, SessionReadModel readModel,
               StaffRoster roster, PersonalDataVault vault) {
        this.commands = commands;
        this.access = access;
        this.sessions = sessions;
        this.readModel = readModel;
        this.roster = roster;
        this.vault = vault;
    }

    /** The outcome the caller sees: a place, or a spot on the waiting list. */
    public record EnrolmentView(String sessionId, String participant, String status, int position) {
    }

    public EnrolmentView enrol(TenantScope scope, SchoolId school, SessionId sessionId, EnrolRequest request,
                               Optional<String> tokenName) {
        BoardId board = access.require(scope, school, ENROLLERS);
        sessions.visible(scope, sessionId);
        EnrolRequest body = request == null ? new EnrolRequest(null, null, null) : request;
        boolean self = body.participant() == null || body.participant().equals(scope.user().value());
        // A blank participant is a mistake, not "myself": refused by participant() below.
        Enrol command = self ? self(scope, board, school, sessionId, body, tokenName)
                : colleague(scope, board, school, sessionId, body);
        commands.send(command, EventMetaData.of(board, school, scope.user()));
        return view(sessionId, command.participant());
    }

    private Enrol self(TenantScope scope, BoardId board, SchoolId school, SessionId session, EnrolRequest body,
                       Optional<String> tokenName) {
        Role role = role(body.role(), scope.roles());
        String name = Optional.ofNullable(body.name()).or(() -> tokenName)
                .orElseThrow(() -> new InvalidInput("name", "is required: the certificate states it"));
        SealedText sealed = vault.seal(StaffRoster.subject(scope.user()), checkedName(name));
        roster.named(scope.user(), sealed);
        return new Enrol(session, scope.user(), board, school, role, sealed, scope.user());
    }

    private Enrol colleague(TenantScope scope, BoardId board, SchoolId school, SessionId session, EnrolRequest body) {
        if (!scope.hasAnyRole(ENROL_OTHERS)) {
            throw new Forbidden("only a coordinator enrols colleagues");
        }
        UserId participant = participant(body.participant());
        Member member = roster.member(participant, school).orElseThrow(() -> roster.knownAnywhere(participant)
                ? new RuleViolation("participant", "this person is not staff of school " + school)
                : new NotFound("participant", "unknown person: they sign in to Koers once before they can be enrolled"));
        Role role = role(body.role(), member.roles());
        SealedText name = body.name() != null
                ? vault.seal(StaffRoster.subject(participant), checkedName(body.name()))
                : member.name().orElseThrow(() -> new InvalidInput("name", "is required: the certificate states it"));
        return new Enrol(session, participant, board, school, role, name, scope.user());
    }

    private static UserId participant(String id) {
        try {
            return new UserId(id);
        } catch (InvalidInput e) {
            throw new InvalidInput("participant", "is not a user id");
        }
    }

    private static String checkedName(String name) {
        if (name.isBlank()) {
            throw new InvalidInput("name", "is required: the certificate states it");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidInput("name", "at most " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    private static Role role(String claim, Set<Role> held) {
        if (claim == null) {
            return ROLE_PREFERENCE.stream().filter(held::contains).findFirst()
                    .orElseThrow(() -> new InvalidInput("role", "is required"));
        }
        Role role = Role.fromClaim(claim).filter(ROLE_PREFERENCE::contains)
                .orElseThrow(() -> new InvalidInput("role", "staff, coordinator, confidential-adviser or board-admin"));
        if (!held.contains(role)) {
            throw new RuleViolation("role", "the person does not hold the role " + claim);
        }
        return role;
    }

    public void cancel(TenantScope scope, SchoolId school, SessionId sessionId, UserId participant) {
        BoardId board = access.require(scope, school, ENROLLERS);
        sessions.visible(scope, sessionId);
        if (!participant.equals(scope.user()) && !scope.hasAnyRole(ENROL_OTHERS)) {
            throw new Forbidden("only a coordinator cancels a colleague's enrolment");
        }
        readModel.enrolment(sessionId, participant).filter(e -> e.schoolId().equals(school.value()))
                .filter(e -> !"CANCELLED".equals(e.status()))
                .orElseThrow(() -> new NotFound("participant", "not enrolled in this session for this school"));
        commands.send(new CancelEnrolment(sessionId, participant, scope.user()), EventMetaData.of(board, school,
                scope.user()));
    }

    /** This school's people in a session (enrolled, then waiting in order), for its coordinator. */
    public List<ParticipantView> ofSchool(TenantScope scope, SchoolId school, SessionId sessionId) {
        access.require(scope, school, ENROL_OTHERS);
        sessions.visible(scope, sessionId);
        List<ParticipantView> all = ParticipantView.of(readModel.enrolments(sessionId), vault);
        return all.stream().filter(p -> p.schoolId().equals(school.value())).toList();
    }

    private EnrolmentView view(SessionId session, UserId participant) {
        var row = readModel.enrolment(session, participant).orElseThrow();
        return new EnrolmentView(session.toString(), participant.value(), row.status(),
                readModel.waitingPosition(session, participant));
    }

}
