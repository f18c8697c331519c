package nl.koers.tenant.school.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.contracts.tenant.SchoolDetailsChanged;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.tenant.school.ImportError;
import nl.koers.tenant.school.ImportId;
import nl.koers.tenant.school.SchoolImportCompleted;
import nl.koers.tenant.school.SchoolImportStarted;
import nl.koers.tenant.school.SchoolRow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import nl.koers.platform.events.EventMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The schools and imports as tables, kept by a subscribing processor: they change in the transaction that stores
 * the events, so a validation right after an import sees its schools.
 */
@Component
@ProcessingGroup(SchoolReadModel.GROUP)
public class SchoolReadModel {
    public static final String GROUP = "tenant-read-model";
    private final JdbcTemplate jdbc;

    SchoolReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record KnownSchool(SchoolId schoolId, BoardId boardId, String name, Sector sector, String municipality,
                              int pupilCount) {
        boolean sameAs(SchoolRow row) {
            return name.equals(row.name()) && sector == row.sector() && municipality.equals(row.municipality())
                    && pupilCount == row.pupilCount();
        }
    }

    public record ImportState(ImportId importId, BoardId boardId, String startedBy, int total, int skipped,
                              String status) {
    }

    @EventHandler
    void on(SchoolOnboarded e) {
        upsert(e.boardId(), e.schoolId(), e.name(), e.sector(), e.municipality(), e.pupilCount());
    }

    @EventHandler
    void on(SchoolDetailsChanged e) {
        upsert(e.boardId(), e.schoolId(), e.name(), e.sector(), e.municipality(), e.pupilCount());
    }

    @EventHandler
    void on(SchoolImportStarted e, @MetaDataValue(EventMetaData.ACTOR) String actor) {
        jdbc.update("insert into tenant_import (import_id, board_id, started_by, total, skipped, status) "
                        + "values (?, ?, ?, ?, ?, 'RUNNING')", e.importId().value(), e.boardId().value(),
                actor == null ? "unknown" : actor, e.rows().size() + e.skipped(), e.skipped());
        jdbc.batchUpdate("insert into tenant_import_row (import_id, line, school_id, name, sector, municipality, "
                + "pupil_count) values (?, ?, ?, ?, ?, ?, ?)", e.rows().stream().map(r -> new Object[] {
                e.importId().value(), r.line(), r.schoolId().value(), r.name(), r.sector().name(), r.municipality(),
                r.pupilCount()}).toList());
    }

    @EventHandler
    void on(SchoolImportCompleted e) {
        jdbc.update("update tenant_import set status = 'COMPLETED', completed_at = now() where import_id = ?",
                e.importId().value());
        jdbc.batchUpdate("insert into tenant_import_error (import_id, line, field, reason) values (?, ?, ?, ?)",
                e.errors().stream().map(x -> new Object[] {e.importId().value(), x.line(), x.field(), x.reason()})
                        .toList());
    }

    private void upsert(BoardId board, SchoolId school, String name, Sector sector, String municipality, int pupils) {
        jdbc.update("""
                insert into tenant_school (school_id, board_id, name, sector, municipality, pupil_count)
                values (?, ?, ?, ?, ?, ?)
                on conflict (school_id) do update set board_id = excluded.board_id, name = excluded.name,
                  sector = excluded.sector, municipality = excluded.municipality, pupil_count = excluded.pupil_count
                """, school.value(), board.value(), name, sector.name(), municipality, pupils);
    }

    public Map<SchoolId, KnownSchool> find(Collection<SchoolId> schools) {
        String[] ids = schools.stream().map(SchoolId::value).toArray(String[]::new);
        return jdbc.query("select * from tenant_school where school_id = any(?)", (rs, n) -> school(rs),
                (Object) ids).stream().collect(Collectors.toMap(KnownSchool::schoolId, Function.identity()));
    }

    public List<KnownSchool> schoolsOf(BoardId board) {
        return jdbc.query("select * from tenant_school where board_id = ? order by school_id", (rs, n) -> school(rs),
                board.value());
    }

    public Optional<ImportState> importState(ImportId id) {
        return jdbc.query("select * from tenant_import where import_id = ?", (rs, n) -> new ImportState(
                new ImportId(rs.getObject("import_id", UUID.class)), new BoardId(rs.getString("board_id")),
                rs.getString("started_by"), rs.getInt("total"), rs.getInt("skipped"), rs.getString("status")),
                id.value()).stream().findFirst();
    }

    public List<ImportId> running() {
        return jdbc.query("select import_id from tenant_import where status = 'RUNNING' order by started_at",
                (rs, n) -> new ImportId(rs.getObject(1, UUID.class)));
    }

    public List<SchoolRow> rows(ImportId id) {
        return jdbc.query("select * from tenant_import_row where import_id = ? order by line", (rs, n) ->
                new SchoolRow(rs.getInt("line"), new SchoolId(rs.getString("school_id")), rs.getString("name"),
                        Sector.valueOf(rs.getString("sector")), rs.getString("municipality"),
                        rs.getInt("pupil_count")), id.value());
    }

    /** Rows whose school now has exactly the imported details: done, whether this run or an earlier one did it. */
    public int applied(ImportId id, BoardId board) {
        return jdbc.queryForObject("""
                select count(*) from tenant_import_row r join tenant_school s on s.school_id = r.school_id
                where r.import_id = ? and s.board_id = ? and s.name = r.name and s.sector = r.sector
                  and s.municipality = r.municipality and s.pupil_count = r.pupil_count
                """, Integer.class, id.value(), board.value());
    }

    public List<ImportError> errors(ImportId id) {
        return jdbc.query("select line, field, reason from tenant_import_error where import_id = ? order by line",
                (rs, n) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3)), id.value());
    }

    private static KnownSchool school(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KnownSchool(new SchoolId(rs.getString("school_id")), new BoardId(rs.getString("board_id")),
                rs.getString("name"), Sector.valueOf(rs.getString("sector")), rs.getString("municipality"),
                rs.getInt("pupil_count"));
    }
}
