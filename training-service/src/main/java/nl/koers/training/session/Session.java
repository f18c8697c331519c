package nl.koers.training.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.contracts.training.Accreditation;
import nl.koers.contracts.training.AttendanceRecorded;
import nl.koers.contracts.training.CertificateId;
import nl.koers.contracts.training.CertificateIssued;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.EnrolmentCancelled;
import nl.koers.contracts.training.ParticipantEnrolled;
import nl.koers.contracts.training.ParticipantWaitlisted;
import nl.koers.contracts.training.PromotedFromWaitingList;
import nl.koers.contracts.training.SessionCancelled;
import nl.koers.contracts.training.SessionId;
import nl.koers.contracts.training.SessionRescheduled;
import nl.koers.contracts.training.SessionScheduled;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.training.input.Inputs;
import nl.koers.training.session.SessionCommands.CancelEnrolment;
import nl.koers.training.session.SessionCommands.CancelSession;
import nl.koers.training.session.SessionCommands.Enrol;
import nl.koers.training.session.SessionCommands.RecordAttendance;
import nl.koers.training.session.SessionCommands.RescheduleSession;
import nl.koers.training.session.SessionCommands.ScheduleSession;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One session with its places and waiting list. A popular session collects hundreds of events, so it is snapshotted
 * every {@value #SNAPSHOT_EVERY} events (its fields are the snapshot, hence field visibility for the serializer). Every enrolment of a session passes through this aggregate one at a
 * time (Axon locks it; the event store's sequence numbers refuse a concurrent append), so capacity holds under any
 * concurrency and the waiting list has one order: the order of the events.
 */
@Aggregate(snapshotTriggerDefinition = Session.SNAPSHOT_TRIGGER, cache = Session.CACHE)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Session {
    public static final String SNAPSHOT_TRIGGER = "sessionSnapshotTrigger";
    public static final String CACHE = "sessionCache";
    public static final int SNAPSHOT_EVERY = 50;
    public static final int MAX_CAPACITY = 10_000;
    public static final int MAX_REASON = 500;

    @AggregateIdentifier
    private SessionId id;
    private CourseId course;
    private BoardId board;
    private String title;
    private String provider;
    private CourseKind kind;
    private Accreditation accreditation;
    private Times times;
    private int capacity;
    private boolean cancelled;
    // Not final: the snapshot serializer sets them (Jackson 3 does not write final fields). Insertion order is the
    // order of places and of the waiting list, so they must stay LinkedHashMaps after a snapshot too.
    private Map<UserId, ParticipantEnrolled> enrolled = new LinkedHashMap<>();
    private Map<UserId, ParticipantWaitlisted> waiting = new LinkedHashMap<>();
    private Map<UserId, Boolean> attendance = new LinkedHashMap<>();
    private Set<UserId> certified = new HashSet<>();

    @JsonCreator // the snapshot is read through this constructor, never through the scheduling one
    protected Session() {
        // for Axon
    }

    @CommandHandler
    public Session(ScheduleSession command, Clock clock) {
        Times times = Times.of(command.schedule());
        times.requireFuture(clock.instant());
        Inputs.require(command.capacity(), "capacity");
        if (command.capacity() < 1 || command.capacity() > MAX_CAPACITY) {
            throw new InvalidInput("capacity", "at least 1 and at most " + MAX_CAPACITY + " places");
        }
        apply(new SessionScheduled(command.sessionId(), command.courseId(), command.board(), command.courseTitle(),
                command.provider(), command.kind(), command.accreditation(), times.date(), times.start(),
                times.end(), times.place(), command.capacity(), times.deadline()));
    }

    @CommandHandler
    void handle(RescheduleSession command, Clock clock) {
        requireOpen();
        Times moved = Times.of(command.schedule());
        moved.requireFuture(clock.instant());
        if (moved.equals(times)) {
            return; // nothing changes: nobody needs a notice
        }
        apply(new SessionRescheduled(id, course, moved.date(), moved.start(), moved.end(), moved.place(),
                moved.deadline(), people()));
    }

    @CommandHandler
    void handle(CancelSession command, Clock clock) {
        if (cancelled) {
            throw new Conflict("sessionId", "the session is already cancelled");
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidInput("reason", "at most " + MAX_REASON + " characters");
        }
        apply(new SessionCancelled(id, course, reason, people(), clock.instant()));
    }

    @CommandHandler
    void handle(Enrol command, Clock clock) {
        requireOpen();
        Instant now = clock.instant();
        if (now.isAfter(times.deadline())) {
            throw new RuleViolation("enrolmentDeadline", "enrolment closed at " + times.deadline());
        }
        if (board != null && !board.equals(command.board())) {
            throw new NotFound("sessionId", "session " + id); // another board's own offer does not exist for you
        }
        if (enrolled.containsKey(command.participant()) || waiting.containsKey(command.participant())) {
            throw new Conflict("participant", "already enrolled or on the waiting list");
        }
        if (enrolled.size() < capacity) {
            apply(new ParticipantEnrolled(id, course, command.participant(), command.board(), command.school(),
                    command.role(), command.name(), command.enrolledBy(), now));
        } else {
            apply(new ParticipantWaitlisted(id, course, command.participant(), command.board(), command.school(),
                    command.role(), command.name(), command.enrolledBy(), waiting.size() + 1, now));
        }
    }

    @CommandHandler
    void handle(CancelEnrolment command, Clock clock) {
        UserId participant = command.participant();
        Instant now = clock.instant();
        if (enrolled.containsKey(participant)) {
            if (attendance.containsKey(participant)) {
                throw new RuleViolation("participant", "attendance was recorded: the enrolment is history");
            }
            ParticipantEnrolled seat = enrolled.get(participant);
            apply(new EnrolmentCancelled(id, course, participant, seat.board(), seat.school(), false,
                    command.cancelledBy(), now));
            promoteFirstWaiting(now);
        } else if (waiting.containsKey(participant)) {
            ParticipantWaitlisted spot = waiting.get(participant);
            apply(new EnrolmentCancelled(id, course, participant, spot.board(), spot.school(), true,
                    command.cancelledBy(), now));
        } else {
            throw new NotFound("participant", "not enrolled in this session");
        }
    }

    /** A freed place goes to the first on the waiting list at once, unless the session is off or already begun. */
    private void promoteFirstWaiting(Instant now) {
        if (cancelled || waiting.isEmpty() || !now.isBefore(times.startsAt())) {
            return;
        }
        ParticipantWaitlisted first = waiting.values().iterator().next();
        apply(new PromotedFromWaitingList(id, course, first.participant(), first.board(), first.school(), now));
    }

    @CommandHandler
    void handle(RecordAttendance command, Clock clock) {
        Inputs.require(command.attended(), "attended");
        if (cancelled) {
            throw new RuleViolation("sessionId", "the session was cancelled");
        }
        if (clock.instant().isBefore(times.startsAt())) {
            throw new RuleViolation("sessionId", "attendance is recorded once the session has started");
        }
        ParticipantEnrolled seat = enrolled.get(command.participant());
        if (seat == null) {
            throw new NotFound("participant", "not enrolled in this session");
        }
        if (command.attended().equals(attendance.get(command.participant()))) {
            return; // recorded already: nothing new
        }
        if (!command.attended() && certified.contains(command.participant())) {
            throw new RuleViolation("attended", "a certificate was issued for this attendance");
        }
        apply(new AttendanceRecorded(id, course, seat.participant(), seat.board(), seat.school(), seat.role(), kind,
                times.date(), accreditation.hours(), command.attended(), command.recordedBy()));
        if (command.attended() && accreditation.lerarenregister() && !certified.contains(seat.participant())) {
            apply(new CertificateIssued(CertificateId.of(id, seat.participant()), id, course, seat.participant(),
                    seat.board(), seat.school(), seat.name(), title, provider, times.date(), accreditation.hours(),
                    true, clock.instant()));
        }
    }

    private void requireOpen() {
        if (cancelled) {
            throw new RuleViolation("sessionId", "the session was cancelled");
        }
    }

    private List<UserId> people() {
        List<UserId> people = new ArrayList<>(enrolled.keySet());
        people.addAll(waiting.keySet());
        return people;
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        id = event.sessionId();
        course = event.courseId();
        board = event.board();
        title = event.courseTitle();
        provider = event.provider();
        kind = event.kind();
        accreditation = event.accreditation();
        times = new Times(event.date(), event.start(), event.end(), event.place(), event.enrolmentDeadline());
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        times = new Times(event.date(), event.start(), event.end(), event.place(), event.enrolmentDeadline());
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        enrolled.put(event.participant(), event);
    }

    @EventSourcingHandler
    void on(ParticipantWaitlisted event) {
        waiting.put(event.participant(), event);
    }

    @EventSourcingHandler
    void on(PromotedFromWaitingList event) {
        ParticipantWaitlisted spot = waiting.remove(event.participant());
        enrolled.put(event.participant(), new ParticipantEnrolled(id, course, spot.participant(), spot.board(),
                spot.school(), spot.role(), spot.name(), spot.enrolledBy(), event.promotedAt()));
    }

    @EventSourcingHandler
    void on(EnrolmentCancelled event) {
        enrolled.remove(event.participant());
        waiting.remove(event.participant());
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attendance.put(event.participant(), event.attended());
    }

    @EventSourcingHandler
    void on(CertificateIssued event) {
        certified.add(event.participant());
    }
}
