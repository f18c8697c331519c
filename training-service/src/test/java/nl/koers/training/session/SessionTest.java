package nl.koers.training.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.koers.contracts.training.Accreditation;
import nl.koers.contracts.training.AttendanceRecorded;
import nl.koers.contracts.training.CertificateId;
import nl.koers.contracts.training.CertificateIssued;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.EnrolmentCancelled;
import nl.koers.contracts.training.ParticipantEnrolled;
import nl.koers.contracts.training.ParticipantWaitlisted;
import nl.koers.contracts.training.Place;
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
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import nl.koers.training.session.SessionCommands.CancelEnrolment;
import nl.koers.training.session.SessionCommands.CancelSession;
import nl.koers.training.session.SessionCommands.Enrol;
import nl.koers.training.session.SessionCommands.RecordAttendance;
import nl.koers.training.session.SessionCommands.RescheduleSession;
import nl.koers.training.session.SessionCommands.Schedule;
import nl.koers.training.session.SessionCommands.ScheduleSession;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a session, one given/when/then per rule. The clock stands at 1 April 2027; sessions are in May. */
class SessionTest {
    static final Instant NOW = Instant.parse("2027-04-01T08:00:00Z");
    static final SessionId ID = SessionId.generate();
    static final CourseId COURSE = CourseId.generate();
    static final BoardId BOARD = new BoardId("41001");
    static final SchoolId SCHOOL = new SchoolId("12AB00");
    static final LocalDate MAY_9 = LocalDate.parse("2027-05-09");
    static final LocalTime TWO = LocalTime.parse("14:00");
    static final LocalTime FIVE = LocalTime.parse("17:00");
    /** 2 May 2027, 23:59 Dutch summer time. */
    static final Instant DEADLINE = Instant.parse("2027-05-02T21:59:00Z");
    static final Accreditation ACCREDITED = new Accreditation(true, new BigDecimal("3"));

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void setUp() {
        at(NOW);
    }

    private void at(Instant now) {
        fixture = new AggregateTestFixture<>(Session.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
    }

    static SessionScheduled scheduled(int capacity) {
        return new SessionScheduled(ID, COURSE, null, "Professionalisering Sociale Veiligheid", "ECM dialoog",
                CourseKind.COURSE, ACCREDITED, MAY_9, TWO, FIVE, Place.at("Den Haag", "Regiokantoor"), capacity,
                DEADLINE);
    }

    static Schedule schedule(LocalDate date, LocalTime start, LocalTime end) {
        return new Schedule(date, start, end, false, "Den Haag", "Regiokantoor", DEADLINE);
    }

    static UserId person(int n) {
        return new UserId("staff-" + n);
    }

    static SealedText name(int n) {
        return new SealedText("participant/staff-" + n, "c2VhbGVk" + n);
    }

    static Enrol enrol(int n) {
        return new Enrol(ID, person(n), BOARD, SCHOOL, Role.STAFF, name(n), person(n));
    }

    static ParticipantEnrolled enrolled(int n) {
        return new ParticipantEnrolled(ID, COURSE, person(n), BOARD, SCHOOL, Role.STAFF, name(n), person(n), NOW);
    }

    static ParticipantWaitlisted waitlisted(int n, int position) {
        return new ParticipantWaitlisted(ID, COURSE, person(n), BOARD, SCHOOL, Role.STAFF, name(n), person(n),
                position, NOW);
    }

    static List<Object> full(int capacity) {
        List<Object> history = new ArrayList<>(List.of(scheduled(capacity)));
        for (int n = 1; n <= capacity; n++) {
            history.add(enrolled(n));
        }
        return history;
    }

    @Test
    void a_session_is_scheduled_with_its_times_place_capacity_and_deadline() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(ID, COURSE, null, "Professionalisering Sociale Veiligheid", "ECM dialoog",
                        CourseKind.COURSE, ACCREDITED, schedule(MAY_9, TWO, FIVE), 20))
                .expectEvents(scheduled(20));
    }

    @Test
    void a_session_that_ends_before_it_starts_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(ID, COURSE, null, "t", "p", CourseKind.COURSE, ACCREDITED,
                        schedule(MAY_9, FIVE, TWO), 20))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_negative_or_zero_capacity_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(ID, COURSE, null, "t", "p", CourseKind.COURSE, ACCREDITED,
                        schedule(MAY_9, TWO, FIVE), -5))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void an_enrolment_deadline_after_the_start_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(ID, COURSE, null, "t", "p", CourseKind.COURSE, ACCREDITED,
                        new Schedule(MAY_9, TWO, FIVE, false, "Assen", null, Instant.parse("2027-05-10T00:00:00Z")), 20))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_session_in_the_past_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(ID, COURSE, null, "t", "p", CourseKind.COURSE, ACCREDITED,
                        schedule(LocalDate.parse("2027-03-01"), TWO, FIVE), 20))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void an_online_session_needs_no_city() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(ID, COURSE, null, "t", "p", CourseKind.WORKSHOP, ACCREDITED,
                        new Schedule(MAY_9, TWO, FIVE, true, null, null, null), 20))
                .expectSuccessfulHandlerExecution();
        SessionScheduled event = (SessionScheduled) fixture.getEventStore().readEvents(ID.toString()).asStream()
                .findFirst().orElseThrow().getPayload();
        assertThat(event.place()).isEqualTo(Place.remote());
        assertThat(event.enrolmentDeadline()).isEqualTo(Instant.parse("2027-05-09T12:00:00Z")); // the start
    }

    @Test
    void a_place_is_given_while_the_session_has_capacity() {
        fixture.given(scheduled(2), enrolled(1))
                .when(enrol(2))
                .expectEvents(enrolled(2));
    }

    @Test
    void capacity_is_never_exceeded_the_next_person_joins_the_waiting_list() {
        fixture.given(full(2))
                .when(enrol(3))
                .expectEvents(waitlisted(3, 1));
    }

    @Test
    void the_waiting_list_keeps_the_order_of_enrolment() {
        List<Object> history = full(2);
        history.add(waitlisted(3, 1));
        history.add(waitlisted(4, 2));
        fixture.given(history)
                .when(enrol(5))
                .expectEvents(waitlisted(5, 3));
    }

    @Test
    void a_cancellation_promotes_the_first_on_the_waiting_list_automatically() {
        List<Object> history = full(2);
        history.add(waitlisted(3, 1));
        history.add(waitlisted(4, 2));
        fixture.given(history)
                .when(new CancelEnrolment(ID, person(1), person(1)))
                .expectEvents(new EnrolmentCancelled(ID, COURSE, person(1), BOARD, SCHOOL, false, person(1), NOW),
                        new PromotedFromWaitingList(ID, COURSE, person(3), BOARD, SCHOOL, NOW));
    }

    @Test
    void leaving_the_waiting_list_promotes_nobody() {
        List<Object> history = full(1);
        history.add(waitlisted(2, 1));
        fixture.given(history)
                .when(new CancelEnrolment(ID, person(2), person(2)))
                .expectEvents(new EnrolmentCancelled(ID, COURSE, person(2), BOARD, SCHOOL, true, person(2), NOW));
    }

    @Test
    void after_a_promotion_the_freed_place_is_taken_and_the_next_enrolment_waits() {
        List<Object> history = full(1);
        history.add(waitlisted(2, 1));
        history.add(new EnrolmentCancelled(ID, COURSE, person(1), BOARD, SCHOOL, false, person(1), NOW));
        history.add(new PromotedFromWaitingList(ID, COURSE, person(2), BOARD, SCHOOL, NOW));
        fixture.given(history)
                .when(enrol(3))
                .expectEvents(waitlisted(3, 1));
    }

    @Test
    void enrolment_after_the_deadline_is_refused() {
        at(DEADLINE.plusSeconds(60));
        fixture.given(scheduled(20))
                .when(enrol(1))
                .expectException(RuleViolation.class).expectExceptionMessage("enrolment closed at " + DEADLINE)
                .expectNoEvents();
    }

    @Test
    void enrolling_twice_is_a_conflict() {
        fixture.given(scheduled(20), enrolled(1))
                .when(enrol(1))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void another_boards_own_session_cannot_be_joined() {
        SessionScheduled boardsOwn = new SessionScheduled(ID, COURSE, new BoardId("41002"), "t", "p",
                CourseKind.WORKSHOP, ACCREDITED, MAY_9, TWO, FIVE, Place.remote(), 20, DEADLINE);
        fixture.given(boardsOwn)
                .when(enrol(1))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void rescheduling_keeps_every_enrolment_and_the_waiting_list_and_names_who_to_tell() {
        List<Object> history = full(1);
        history.add(waitlisted(2, 1));
        LocalDate june = LocalDate.parse("2027-06-01");
        fixture.given(history)
                .when(new RescheduleSession(ID, schedule(june, TWO, FIVE)))
                .expectEvents(new SessionRescheduled(ID, COURSE, june, TWO, FIVE, Place.at("Den Haag", "Regiokantoor"),
                        DEADLINE, List.of(person(1), person(2))));
        history.add(new SessionRescheduled(ID, COURSE, june, TWO, FIVE, Place.at("Den Haag", "Regiokantoor"),
                DEADLINE, List.of(person(1), person(2))));
        // Still full after the move: the next person waits behind person 2.
        fixture.given(history).when(enrol(3)).expectEvents(waitlisted(3, 2));
    }

    @Test
    void cancelling_a_session_tells_everyone_enrolled_or_waiting_and_closes_enrolment() {
        List<Object> history = full(1);
        history.add(waitlisted(2, 1));
        fixture.given(history)
                .when(new CancelSession(ID, "te weinig aanmeldingen"))
                .expectEvents(new SessionCancelled(ID, COURSE, "te weinig aanmeldingen", List.of(person(1), person(2)),
                        NOW));
        history.add(new SessionCancelled(ID, COURSE, "x", List.of(), NOW));
        fixture.given(history).when(enrol(3)).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void attendance_of_an_accredited_course_yields_a_certificate_with_name_course_date_and_hours() {
        Instant after = Instant.parse("2027-05-09T15:30:00Z");
        at(after);
        fixture.given(full(1))
                .when(new RecordAttendance(ID, person(1), true, new UserId("organiser")))
                .expectEvents(new AttendanceRecorded(ID, COURSE, person(1), BOARD, SCHOOL, Role.STAFF, CourseKind.COURSE,
                                MAY_9, new BigDecimal("3"), true, new UserId("organiser")),
                        new CertificateIssued(CertificateId.of(ID, person(1)), ID, COURSE, person(1), BOARD, SCHOOL,
                                name(1), "Professionalisering Sociale Veiligheid", "ECM dialoog", MAY_9,
                                new BigDecimal("3"), true, after));
    }

    @Test
    void attendance_of_a_course_that_is_not_accredited_yields_no_certificate() {
        at(Instant.parse("2027-05-09T15:30:00Z"));
        SessionScheduled meeting = new SessionScheduled(ID, COURSE, null, "Regionale bijeenkomst", "LECSO",
                CourseKind.REGIONAL_MEETING, new Accreditation(false, new BigDecimal("3")), MAY_9, TWO, FIVE,
                Place.at("Assen", null), 20, DEADLINE);
        fixture.given(meeting, enrolled(1))
                .when(new RecordAttendance(ID, person(1), true, new UserId("organiser")))
                .expectEvents(new AttendanceRecorded(ID, COURSE, person(1), BOARD, SCHOOL, Role.STAFF,
                        CourseKind.REGIONAL_MEETING, MAY_9, new BigDecimal("3"), true, new UserId("organiser")));
    }

    @Test
    void attendance_is_recorded_only_once_the_session_has_started() {
        fixture.given(full(1))
                .when(new RecordAttendance(ID, person(1), true, new UserId("organiser")))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void attendance_is_recorded_only_for_enrolled_people_not_for_the_waiting_list() {
        at(Instant.parse("2027-05-09T15:30:00Z"));
        List<Object> history = full(1);
        history.add(waitlisted(2, 1));
        fixture.given(history)
                .when(new RecordAttendance(ID, person(2), true, new UserId("organiser")))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void recording_the_same_attendance_again_issues_no_second_certificate() {
        at(Instant.parse("2027-05-09T15:30:00Z"));
        List<Object> history = full(1);
        history.add(new AttendanceRecorded(ID, COURSE, person(1), BOARD, SCHOOL, Role.STAFF, CourseKind.COURSE, MAY_9,
                new BigDecimal("3"), true, new UserId("organiser")));
        history.add(new CertificateIssued(CertificateId.of(ID, person(1)), ID, COURSE, person(1), BOARD, SCHOOL,
                name(1), "t", "p", MAY_9, new BigDecimal("3"), true, NOW));
        fixture.given(history)
                .when(new RecordAttendance(ID, person(1), true, new UserId("organiser")))
                .expectNoEvents();
    }
}
