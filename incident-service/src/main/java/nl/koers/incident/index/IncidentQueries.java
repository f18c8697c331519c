package nl.koers.incident.index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.privacy.RetentionPolicy;
import nl.koers.incident.report.IncidentStatus;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the incident index. Callers check tenant scope and confidentiality first. */
@Component
public class IncidentQueries {
    private static final String COLUMNS = """
            select s.incident_id, s.board_id, s.school_id, s.occurred_at, s.recorded_at, s.location, s.category,
              s.severity, s.status, s.confidential, s.reported_by, s.handler, s.closed_at, s.report_deadline,
              s.report_recorded_at, s.meldcode, s.data_expired_at""";
    private static final String SUMMARY = COLUMNS + " from incident_summary s";
    private final JdbcTemplate jdbc;

    IncidentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IncidentSummary> summary(IncidentId id) {
        return jdbc.query(SUMMARY + " where incident_id = ?", IncidentQueries::summary, id.value()).stream().findFirst();
    }

    /** Filters are optional; {@code hideContentOfConfidential} keeps confidential incidents out of content filters. */
    public record Filter(IncidentStatus status, Category category, Severity severity, Instant from, Instant to,
                         Boolean reportOverdue, Instant now, boolean hideContentOfConfidential) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public Page<IncidentSummary> search(SchoolId school, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where school_id = ?");
        List<Object> args = new ArrayList<>(List.of(school.value()));
        boolean contentFilter = filter.category() != null || filter.severity() != null;
        if (contentFilter && filter.hideContentOfConfidential()) {
            where.append(" and not confidential");
        }
        add(where, args, "status = ?", filter.status() == null ? null : filter.status().name());
        add(where, args, "category = ?", filter.category() == null ? null : filter.category().name());
        add(where, args, "severity = ?", filter.severity() == null ? null : filter.severity().name());
        add(where, args, "occurred_at >= ?", ts(filter.from()));
        add(where, args, "occurred_at < ?", ts(filter.to()));
        if (Boolean.TRUE.equals(filter.reportOverdue())) {
            add(where, args, "report_recorded_at is null and report_deadline < ?", ts(filter.now()));
        }
        long total = jdbc.queryForObject("select count(*) from incident_summary" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<IncidentSummary> items = jdbc.query(SUMMARY + where
                + " order by occurred_at desc, incident_id limit ? offset ?", IncidentQueries::summary, pageArgs.toArray());
        return new Page<>(items, page, size, total);
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }

    /** One line of a pupil's chronology: the incident and this pupil's own role in it. */
    public record ChronologyLine(IncidentSummary incident, InvolvedRole role, boolean erased) {
    }

    public List<ChronologyLine> chronology(SchoolId school, PersonId person) {
        return jdbc.query(COLUMNS + ", p.role, p.erased from incident_summary s join incident_person p"
                        + " on p.incident_id = s.incident_id where p.person_id = ? and s.school_id = ? order by s.occurred_at, s.recorded_at",
                (rs, row) -> new ChronologyLine(summary(rs, row), InvolvedRole.valueOf(rs.getString("role")),
                        rs.getBoolean("erased")), person.value(), school.value());
    }

    public Optional<PersonId> person(SchoolId school, PersonKind kind, String reference) {
        return jdbc.queryForList("""
                        select person_id from incident_person_reference where school_id = ? and kind = ? and reference = ?""",
                UUID.class, school.value(), kind.name(), reference).stream().findFirst().map(PersonId::new);
    }

    /** The school's one person id for a reference, created on first use (in the caller's transaction). */
    public PersonId resolve(SchoolId school, PersonKind kind, String reference) {
        jdbc.update("""
                insert into incident_person_reference (school_id, kind, reference, person_id) values (?, ?, ?, ?)
                on conflict do nothing""", school.value(), kind.name(), reference, UUID.randomUUID());
        return person(school, kind, reference).orElseThrow();
    }

    public List<IncidentId> incidentsOf(SchoolId school, PersonId person) {
        return jdbc.queryForList("select incident_id from incident_person where person_id = ? and school_id = ?",
                UUID.class, person.value(), school.value()).stream().map(IncidentId::new).toList();
    }

    public List<PersonId> personsOf(IncidentId incident) {
        return jdbc.queryForList("select person_id from incident_person where incident_id = ?", UUID.class,
                incident.value()).stream().map(PersonId::new).toList();
    }

    /** An active legal hold, as "why" for a refused erasure or a skipped retention. */
    public record ActiveHold(UUID holdId, IncidentId incidentId, PersonId personId, UserId placedBy, Instant placedAt) {
        public String why() {
            return "legal hold " + holdId + (incidentId != null ? " on incident " + incidentId : " on the person")
                    + " since " + placedAt;
        }
    }

    public List<ActiveHold> activeHolds(SchoolId school) {
        return jdbc.query("""
                select hold_id, incident_id, person_id, placed_by, placed_at from incident_legal_hold
                where school_id = ? and lifted_at is null order by placed_at""", IncidentQueries::hold, school.value());
    }

    public List<ActiveHold> activeHoldsOn(IncidentId incident) {
        return jdbc.query("""
                select h.hold_id, h.incident_id, h.person_id, h.placed_by, h.placed_at from incident_legal_hold h
                where h.lifted_at is null and (h.incident_id = ? or h.person_id in
                  (select person_id from incident_person where incident_id = ?))""", IncidentQueries::hold,
                incident.value(), incident.value());
    }

    public List<ActiveHold> activeHoldsOn(PersonId person) {
        return jdbc.query("""
                select h.hold_id, h.incident_id, h.person_id, h.placed_by, h.placed_at from incident_legal_hold h
                where h.lifted_at is null and (h.person_id = ? or h.incident_id in
                  (select incident_id from incident_person where person_id = ?))""", IncidentQueries::hold,
                person.value(), person.value());
    }

    public int retentionMonths(BoardId board) {
        return jdbc.queryForList("select months from incident_retention_policy where board_id = ?", Integer.class,
                board.value()).stream().findFirst().orElse(RetentionPolicy.DEFAULT_MONTHS);
    }

    /** Closed incidents whose retention ended at {@code now} (the board's policy, else the default) and not expired. */
    public List<IncidentSummary> retentionEnded(Instant now) {
        return jdbc.query(SUMMARY + " left join incident_retention_policy p on p.board_id = s.board_id"
                        + " where s.status = 'CLOSED' and s.data_expired_at is null"
                        + " and s.closed_at + make_interval(months => coalesce(p.months, ?)) <= ?",
                IncidentQueries::summary, RetentionPolicy.DEFAULT_MONTHS, ts(now));
    }

    public List<IncidentSummary> reportsOverdue(Instant now) {
        return jdbc.query(SUMMARY + " where report_recorded_at is null and report_overdue_at is null"
                        + " and report_deadline < ?",
                IncidentQueries::summary, ts(now));
    }

    public record Receipt(UUID receiptId, String schoolId, UUID personId, List<String> subjects,
                          List<String> incidents, String erasedBy, Instant erasedAt) {
    }

    public List<Receipt> receipts(BoardId board) {
        return jdbc.query("""
                select receipt_id, school_id, person_id, subjects, incidents, erased_by, erased_at
                from incident_erasure_receipt where board_id = ? order by erased_at desc""",
                (rs, row) -> new Receipt(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        List.of(rs.getString(4).split(",")), rs.getString(5).isEmpty() ? List.of()
                        : List.of(rs.getString(5).split(",")), rs.getString(6), rs.getTimestamp(7).toInstant()),
                board.value());
    }

    public record Transfer(UUID transferId, String fromSchool, String toSchool, UUID personId, int incidents,
                           String transferredBy, Instant transferredAt, String acknowledgedBy,
                           Instant acknowledgedAt) {
    }

    public List<Transfer> transfers(SchoolId school) {
        return jdbc.query("""
                select transfer_id, from_school, to_school, person_id, incidents, transferred_by, transferred_at,
                  acknowledged_by, acknowledged_at from incident_transfer where to_school = ? or from_school = ?
                order by transferred_at desc""", (rs, row) -> new Transfer(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getInt(5), rs.getString(6),
                instant(rs, 7), rs.getString(8), instant(rs, 9)), school.value(), school.value());
    }

    private static ActiveHold hold(ResultSet rs, int row) throws SQLException {
        UUID incident = rs.getObject(2, UUID.class);
        UUID person = rs.getObject(3, UUID.class);
        return new ActiveHold(rs.getObject(1, UUID.class), incident == null ? null : new IncidentId(incident),
                person == null ? null : new PersonId(person), new UserId(rs.getString(4)), instant(rs, 5));
    }

    private static IncidentSummary summary(ResultSet rs, int row) throws SQLException {
        String handler = rs.getString(12);
        return new IncidentSummary(new IncidentId(rs.getObject(1, UUID.class)), new BoardId(rs.getString(2)),
                new SchoolId(rs.getString(3)), instant(rs, 4), instant(rs, 5), Location.valueOf(rs.getString(6)),
                Category.valueOf(rs.getString(7)), Severity.valueOf(rs.getString(8)),
                IncidentStatus.valueOf(rs.getString(9)), rs.getBoolean(10), new UserId(rs.getString(11)),
                handler == null ? null : new UserId(handler), instant(rs, 13), instant(rs, 14), instant(rs, 15),
                rs.getBoolean(16), instant(rs, 17));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
