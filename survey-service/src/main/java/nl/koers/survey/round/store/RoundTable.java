package nl.koers.survey.round.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.CodesIssued;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.DeliveryConsentRecorded;
import nl.koers.contracts.survey.MonitorResultsPublished;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.RoundOpened;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The round table, kept in step with the Round events in the same transaction (subscribing processor): the answer
 * path and the API read it, and the answer path locks its row so that no answer commits after the round closed.
 */
@Component
@ProcessingGroup("survey-read-models")
public class RoundTable {
    private static final String COLUMNS = """
            round_id, board_id, school_id, school_year, instrument_id, instrument_version, audience, opens_at,
            closes_at, status, closed_at, early, consent_at, delivered_at, summary_sha256""";
    private final JdbcTemplate jdbc;
    /** Which instrument version a round uses never changes: cached for the answer path. */
    private final Map<UUID, String[]> instruments = new ConcurrentHashMap<>();

    RoundTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RoundOpened e) {
        jdbc.update("insert into survey_round (round_id, board_id, school_id, school_year, instrument_id, "
                        + "instrument_version, audience, opens_at, closes_at, status) values (?,?,?,?,?,?,?,?,?, 'OPEN')",
                e.roundId().value(), e.board().value(), e.school().value(), e.schoolYear(), e.instrumentId(),
                e.instrumentVersion(), e.audience().name(), ts(e.opensAt()), ts(e.closesAt()));
    }

    @EventHandler
    void on(CodesIssued e) {
        jdbc.update("insert into survey_code_batch (batch_id, round_id, class_label, year_group, issued) values (?,?,?,?,?)",
                e.batchId(), e.roundId().value(), e.classLabel(), e.yearGroup(), e.count());
    }

    @EventHandler
    void on(RoundClosed e) {
        jdbc.update("update survey_round set status = 'CLOSED', closed_at = ?, early = ? where round_id = ?",
                ts(e.closedAt()), e.early(), e.roundId().value());
    }

    @EventHandler
    void on(MonitorResultsPublished e) {
        for (MonitorResultsPublished.ScaleResult r : e.scales()) {
            jdbc.update("insert into survey_round_result (round_id, scale, n, mean, percent_positive, suppressed) "
                            + "values (?,?,?,?,?,?) on conflict do nothing", e.roundId().value(), r.scale().name(),
                    r.n(), r.mean(), r.percentPositive(), r.suppressed());
        }
    }

    @EventHandler
    void on(DeliveryConsentRecorded e) {
        jdbc.update("update survey_round set consent_at = ?, consent_by = ? where round_id = ?",
                ts(e.recordedAt()), e.actor().value(), e.roundId().value());
    }

    @EventHandler
    void on(DeliveredToInspectie e) {
        jdbc.update("update survey_round set delivered_at = ?, delivered_by = ?, summary_sha256 = ? where round_id = ?",
                ts(e.deliveredAt()), e.actor().value(), e.summarySha256(), e.roundId().value());
    }

    public Optional<RoundRow> find(RoundId id) {
        return jdbc.query("select " + COLUMNS + " from survey_round where round_id = ?", RoundTable::row, id.value())
                .stream().findFirst();
    }

    /** The round's row, share-locked until the answer's transaction ends: closing waits for it, and vice versa. */
    public Optional<RoundRow> lockForAnswer(RoundId id) {
        return jdbc.query("select " + COLUMNS + " from survey_round where round_id = ? for share", RoundTable::row,
                id.value()).stream().findFirst();
    }

    /** Locked for closing: answers in flight finish first, later ones see the round closed. */
    public Optional<RoundRow> lockForClose(RoundId id) {
        return jdbc.query("select " + COLUMNS + " from survey_round where round_id = ? for update", RoundTable::row,
                id.value()).stream().findFirst();
    }

    public List<RoundRow> ofSchool(SchoolId school) {
        return jdbc.query("select " + COLUMNS + " from survey_round where school_id = ? order by opens_at desc",
                RoundTable::row, school.value());
    }

    /** Open rounds whose window has ended, for the closing job. */
    public List<RoundRow> endedButOpen(Instant now) {
        return jdbc.query("select " + COLUMNS + " from survey_round where status = 'OPEN' and closes_at <= ?",
                RoundTable::row, ts(now));
    }

    /** The latest closed round of the same school and audience before this one: the trend. */
    public Optional<RoundRow> previous(RoundRow round) {
        return jdbc.query("select " + COLUMNS + " from survey_round where school_id = ? and audience = ? "
                        + "and status = 'CLOSED' and opens_at < ? order by opens_at desc limit 1", RoundTable::row,
                round.school().value(), round.audience().name(), ts(round.opensAt())).stream().findFirst();
    }

    public String[] instrumentOf(RoundId id) {
        return instruments.computeIfAbsent(id.value(), key -> jdbc.queryForObject(
                "select instrument_id, instrument_version from survey_round where round_id = ?",
                (rs, i) -> new String[] {rs.getString(1), Integer.toString(rs.getInt(2))}, key));
    }

    private static RoundRow row(ResultSet rs, int i) throws SQLException {
        return new RoundRow(new RoundId(rs.getObject("round_id", UUID.class)), new BoardId(rs.getString("board_id")),
                new SchoolId(rs.getString("school_id")), rs.getString("school_year"), rs.getString("instrument_id"),
                rs.getInt("instrument_version"), Audience.valueOf(rs.getString("audience")),
                instant(rs, "opens_at"), instant(rs, "closes_at"), "CLOSED".equals(rs.getString("status")),
                instant(rs, "closed_at"), (Boolean) rs.getObject("early"), instant(rs, "consent_at"),
                instant(rs, "delivered_at"), rs.getString("summary_sha256"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
