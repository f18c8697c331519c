package nl.koers.training.session.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.koers.contracts.training.AttendanceRecorded;
import nl.koers.contracts.training.CertificateIssued;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.EnrolmentCancelled;
import nl.koers.contracts.training.ParticipantEnrolled;
import nl.koers.contracts.training.ParticipantWaitlisted;
import nl.koers.contracts.training.PromotedFromWaitingList;
import nl.koers.contracts.training.SessionCancelled;
import nl.koers.contracts.training.SessionId;
import nl.koers.contracts.training.SessionRescheduled;
import nl.koers.contracts.training.SessionScheduled;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.training.catalogue.web.CatalogueReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import nl.koers.training.input.Inputs;

/**
 * Sessions, enrolments and certificates as tables, written in the transaction that stores the events. An
 * enrolment's {@code seq} is the aggregate's sequence number: the waiting list reads in the aggregate's order.
 */
@Component
@ProcessingGroup(CatalogueReadModel.GROUP)
public class SessionReadModel {
    private static final String SESSION_COLUMNS = """
            s.*, c.title, c.kind, c.provider, c.lerarenregister, c.hours,
              (select count(*) from training_enrolment e where e.session_id = s.session_id and e.status = 'ENROLLED') as enrolled,
              (select count(*) from training_enrolment e where e.session_id = s.session_id and e.status = 'WAITING') as waiting
            from training_session s join training_course c on c.course_id = s.course_id""";
    private final JdbcTemplate jdbc;

    SessionReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SessionScheduled e) {
        jdbc.update("""
                insert into training_session (session_id, course_id, board_id, session_date, start_time, end_time,
                  online, city, venue, capacity, enrolment_deadline) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""", e.sessionId().value(), e.courseId().value(),
                e.board() == null ? null : e.board().value(), e.date(), e.start(), e.end(), e.place().online(),
                e.place().city(), e.place().venue(), e.capacity(), Timestamp.from(e.enrolmentDeadline()));
    }

    @EventHandler
    void on(SessionRescheduled e) {
        jdbc.update("""
                update training_session set session_date = ?, start_time = ?, end_time = ?, online = ?, city = ?,
                  venue = ?, enrolment_deadline = ? where session_id = ?""", e.date(), e.start(), e.end(),
                e.place().online(), e.place().city(), e.place().venue(), Timestamp.from(e.enrolmentDeadline()),
                e.sessionId().value());
    }

    @EventHandler
    void on(SessionCancelled e) {
        jdbc.update("update training_session set cancelled = true, cancel_reason = ? where session_id = ?",
                e.reason(), e.sessionId().value());
    }

    @EventHandler
    void on(ParticipantEnrolled e, @SequenceNumber Long seq) {
        seat(e.sessionId(), e.participant(), e.board().value(), e.school(), e.role().name(), e.name(), "ENROLLED",
                seq, e.enrolledBy());
    }

    @EventHandler
    void on(ParticipantWaitlisted e, @SequenceNumber Long seq) {
        seat(e.sessionId(), e.participant(), e.board().value(), e.school(), e.role().name(), e.name(), "WAITING",
                seq, e.enrolledBy());
    }

    private void seat(SessionId session, UserId participant, String board, SchoolId school, String role,
                      SealedText name, String status, long seq, UserId by) {
        jdbc.update("""
                insert into training_enrolment (session_id, participant, board_id, school_id, role, name_subject,
                  name_sealed, status, seq, enrolled_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (session_id, participant) do update set board_id = excluded.board_id,
                  school_id = excluded.school_id, role = excluded.role, name_subject = excluded.name_subject,
                  name_sealed = excluded.name_sealed, status = excluded.status, seq = excluded.seq,
                  enrolled_by = excluded.enrolled_by, attended = null""", session.value(), participant.value(),
                board, school.value(), role, name.subject(), name.ciphertext(), status, seq, by.value());
    }

    @EventHandler
    void on(PromotedFromWaitingList e) {
        status(e.sessionId(), e.participant(), "ENROLLED");
    }

    @EventHandler
    void on(EnrolmentCancelled e) {
        status(e.sessionId(), e.participant(), "CANCELLED");
    }

    private void status(SessionId session, UserId participant, String status) {
        jdbc.update("update training_enrolment set status = ? where session_id = ? and participant = ?", status,
                session.value(), participant.value());
    }

    @EventHandler
    void on(AttendanceRecorded e) {
        jdbc.update("update training_enrolment set attended = ? where session_id = ? and participant = ?",
                e.attended(), e.sessionId().value(), e.participant().value());
    }

    @EventHandler
    void on(CertificateIssued e) {
        jdbc.update("""
                insert into training_certificate (certificate_id, session_id, course_id, participant, board_id,
                  school_id, name_subject, name_sealed, course_title, provider, session_date, hours, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", e.certificateId().value(),
                e.sessionId().value(), e.courseId().value(), e.participant().value(), e.board().value(),
                e.school().value(), e.name().subject(), e.name().ciphertext(), e.courseTitle(), e.provider(),
                e.date(), e.hours(), Timestamp.from(e.issuedAt()));
    }

    public Optional<SessionView> session(SessionId id) {
        return jdbc.query("select " + SESSION_COLUMNS + " where s.session_id = ?", SessionReadModel::session,
                id.value()).stream().findFirst();
    }

    public List<SessionView> sessionsOf(CourseId course) {
        return jdbc.query("select " + SESSION_COLUMNS + " where s.course_id = ? order by s.session_date, s.start_time",
                SessionReadModel::session, course.value());
    }

    /** Sessions from {@code from} on, not cancelled, of courses a caller of {@code board} sees, soonest first. */
    public List<SessionView> upcoming(Optional<String> board, LocalDate from) {
        return jdbc.query("select " + SESSION_COLUMNS + """
                 where not s.cancelled and s.session_date >= ? and (s.board_id is null or s.board_id = ?)
                order by s.session_date, s.start_time, s.session_id""", SessionReadModel::session, from,
                board.orElse(null));
    }

    /** Enrolled first, then the waiting list, each in the order the session decided; cancelled ones left out. */
    public List<EnrolmentRow> enrolments(SessionId session) {
        return jdbc.query("""
                select * from training_enrolment where session_id = ? and status <> 'CANCELLED'
                order by case status when 'ENROLLED' then 0 else 1 end, seq""", SessionReadModel::enrolment,
                session.value());
    }

    public Optional<EnrolmentRow> enrolment(SessionId session, UserId participant) {
        return jdbc.query("select * from training_enrolment where session_id = ? and participant = ?",
                SessionReadModel::enrolment, session.value(), participant.value()).stream().findFirst();
    }

    /** 1 for the first on the waiting list; 0 when the person is not waiting. */
    public int waitingPosition(SessionId session, UserId participant) {
        Integer position = jdbc.queryForObject("""
                select case when me.status <> 'WAITING' then 0 else (select count(*) from training_enrolment o
                  where o.session_id = me.session_id and o.status = 'WAITING' and o.seq <= me.seq) end
                from training_enrolment me where me.session_id = ? and me.participant = ?""", Integer.class,
                session.value(), participant.value());
        return position == null ? 0 : position;
    }

    static SessionView session(ResultSet rs, int n) throws SQLException {
        int capacity = rs.getInt("capacity");
        int enrolled = rs.getInt("enrolled");
        return new SessionView(rs.getString("session_id"), rs.getString("course_id"), rs.getString("board_id"),
                rs.getString("title"), rs.getString("kind"), rs.getString("provider"),
                rs.getBoolean("lerarenregister"), Inputs.hours(rs.getBigDecimal("hours")),
                rs.getDate("session_date").toLocalDate(), rs.getTime("start_time").toLocalTime(),
                rs.getTime("end_time").toLocalTime(), rs.getBoolean("online"), rs.getString("city"),
                rs.getString("venue"), capacity, enrolled, rs.getInt("waiting"), Math.max(0, capacity - enrolled),
                rs.getTimestamp("enrolment_deadline").toInstant(), rs.getBoolean("cancelled"),
                rs.getString("cancel_reason"));
    }

    static EnrolmentRow enrolment(ResultSet rs, int n) throws SQLException {
        Boolean attended = rs.getObject("attended") == null ? null : rs.getBoolean("attended");
        return new EnrolmentRow(rs.getString("session_id"), rs.getString("participant"), rs.getString("board_id"),
                rs.getString("school_id"), rs.getString("role"),
                new SealedText(rs.getString("name_subject"), rs.getString("name_sealed")), rs.getString("status"),
                rs.getLong("seq"), rs.getString("enrolled_by"), attended);
    }

    /** One person's place in one session, as stored (the name still sealed). */
    public record EnrolmentRow(String sessionId, String participant, String boardId, String schoolId, String role,
                               SealedText name, String status, long seq, String enrolledBy, Boolean attended) {
    }
}
