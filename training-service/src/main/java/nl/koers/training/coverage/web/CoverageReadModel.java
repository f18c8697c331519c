package nl.koers.training.coverage.web;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.contracts.training.TrainingCoverageChanged.RoleCoverage;
import nl.koers.contracts.training.TrainingRequirementRemoved;
import nl.koers.contracts.training.TrainingRequirementSet;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.training.catalogue.web.CatalogueReadModel;
import nl.koers.training.coverage.CoverageCalculator.Attendance;
import nl.koers.training.coverage.CoverageCalculator.Requirement;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Requirements and the latest published coverage per school as tables, plus the attendance facts coverage needs. */
@Component
@ProcessingGroup(CatalogueReadModel.GROUP)
public class CoverageReadModel {
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final JdbcTemplate jdbc;

    CoverageReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrainingRequirementSet e) {
        jdbc.update("""
                insert into training_requirement (board_id, role, kind, within_years, accredited_only)
                values (?, ?, ?, ?, ?) on conflict (board_id, role, kind) do update
                set within_years = excluded.within_years, accredited_only = excluded.accredited_only""",
                e.board().value(), e.role().name(), e.kind().name(), e.withinYears(), e.accreditedOnly());
    }

    @EventHandler
    void on(TrainingRequirementRemoved e) {
        jdbc.update("delete from training_requirement where board_id = ? and role = ? and kind = ?",
                e.board().value(), e.role().name(), e.kind().name());
    }

    @EventHandler
    void on(TrainingCoverageChanged e) {
        jdbc.update("""
                insert into training_coverage (school_id, board_id, body, computed_at) values (?, ?, ?, ?)
                on conflict (school_id) do update set board_id = excluded.board_id, body = excluded.body,
                  computed_at = excluded.computed_at""", e.school().value(), e.board().value(),
                JSON.writeValueAsString(e.roles()), Timestamp.from(e.computedAt()));
    }

    public List<Requirement> requirements(BoardId board) {
        return jdbc.query("select * from training_requirement where board_id = ? order by role, kind",
                (rs, n) -> new Requirement(Role.valueOf(rs.getString("role")), CourseKind.valueOf(rs.getString("kind")),
                        rs.getInt("within_years"), rs.getBoolean("accredited_only")), board.value());
    }

    /** Every attended session of the school's people, in the role they attended in. */
    public List<Attendance> attended(SchoolId school) {
        return jdbc.query("""
                select e.participant, e.role, c.kind, s.session_date, c.hours, c.lerarenregister
                from training_enrolment e join training_session s on s.session_id = e.session_id
                  join training_course c on c.course_id = s.course_id
                where e.school_id = ? and e.attended""", (rs, n) -> new Attendance(rs.getString("participant"),
                Role.valueOf(rs.getString("role")), CourseKind.valueOf(rs.getString("kind")),
                rs.getDate("session_date").toLocalDate(), rs.getBigDecimal("hours"), rs.getBoolean("lerarenregister")),
                school.value());
    }

    /**
     * The schools of a board as this service knows them: the platform's school directory (fed by
     * koers.tenant.events, ADR 0004) and the schools people enrolled for.
     */
    public List<SchoolId> schoolsOf(BoardId board) {
        return jdbc.queryForList("""
                select school_id from platform_school where board_id = ?
                union select school_id from training_enrolment where board_id = ? order by 1""", String.class,
                board.value(), board.value()).stream().map(SchoolId::new).toList();
    }

    public List<BoardId> boards() {
        return jdbc.queryForList("""
                select board_id from platform_school union select board_id from training_enrolment
                union select board_id from training_requirement order by 1""", String.class).stream()
                .map(BoardId::new).toList();
    }

    public record CoverageView(String schoolId, String boardId, List<RoleCoverage> roles, java.time.Instant computedAt) {
    }

    public Optional<CoverageView> coverage(SchoolId school) {
        return jdbc.query("select * from training_coverage where school_id = ?", (rs, n) -> view(rs), school.value())
                .stream().findFirst();
    }

    public List<CoverageView> coverageOf(BoardId board) {
        return jdbc.query("select * from training_coverage where board_id = ? order by school_id", (rs, n) -> view(rs),
                board.value());
    }

    private static CoverageView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CoverageView(rs.getString("school_id"), rs.getString("board_id"),
                JSON.readValue(rs.getString("body"), new TypeReference<List<RoleCoverage>>() { }),
                rs.getTimestamp("computed_at").toInstant());
    }
}
