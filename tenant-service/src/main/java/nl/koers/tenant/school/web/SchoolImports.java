package nl.koers.tenant.school.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.Violations;
import nl.koers.platform.error.Violations.Violation;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.tenant.school.ImportId;
import nl.koers.tenant.school.SchoolRow;
import nl.koers.tenant.school.StartSchoolImport;
import nl.koers.tenant.school.csv.SchoolCsv;
import nl.koers.tenant.school.web.SchoolReadModel.KnownSchool;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * A board's school file: validated as a whole first (nothing changes when any line is bad), then imported in the
 * background. Schools already onboarded with the same details are skipped, so the same file twice changes nothing.
 */
@Service
public class SchoolImports {
    static final Set<Role> READERS = Set.of(Role.BOARD_ADMIN, Role.AUDITOR, Role.COORDINATOR, Role.STAFF,
            Role.CONFIDENTIAL_ADVISER);
    private final CommandGateway commands;
    private final SchoolReadModel schools;
    private final SchoolDirectory directory;
    private final ImportRunner runner;

    SchoolImports(CommandGateway commands, SchoolReadModel schools, SchoolDirectory directory, ImportRunner runner) {
        this.commands = commands;
        this.schools = schools;
        this.directory = directory;
        this.runner = runner;
    }

    /** @return the import that was started, or empty when every school in the file is already up to date */
    public Outcome importFile(TenantScope scope, BoardId board, byte[] file) {
        BoardAccess.require(scope, board, Set.of(Role.BOARD_ADMIN));
        SchoolCsv.Parsed parsed = SchoolCsv.parse(new String(file, StandardCharsets.UTF_8));
        List<Violation> errors = new ArrayList<>(parsed.errors());
        Map<SchoolId, KnownSchool> known = schools.find(parsed.rows().stream().map(SchoolRow::schoolId).toList());
        List<SchoolRow> toApply = new ArrayList<>();
        for (SchoolRow row : parsed.rows()) {
            KnownSchool school = known.get(row.schoolId());
            Optional<BoardId> owner = school != null ? Optional.of(school.boardId()) : directory.boardOf(row.schoolId());
            if (owner.isPresent() && !owner.get().equals(board)) {
                errors.add(new Violation(row.line(), "brin", "school " + row.schoolId() + " belongs to another board"));
            } else if (school == null || !school.sameAs(row)) {
                toApply.add(row);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((Violation v) -> v.line() == null ? Integer.MAX_VALUE : v.line()));
            throw new Violations(errors.size() + " problem(s) in the file; nothing was changed", errors);
        }
        int skipped = parsed.rows().size() - toApply.size();
        if (toApply.isEmpty()) {
            return new Outcome(Optional.empty(), parsed.rows().size(), skipped);
        }
        ImportId id = ImportId.generate();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new StartSchoolImport(id, board, toApply, skipped))
                .andMetaData(EventMetaData.of(board, scope.user())));
        runner.start(id);
        return new Outcome(Optional.of(id), parsed.rows().size(), skipped);
    }

    public record Outcome(Optional<ImportId> started, int total, int skipped) {
    }

    public ImportProgress progress(TenantScope scope, BoardId board, ImportId id) {
        BoardAccess.require(scope, board, Set.of(Role.BOARD_ADMIN));
        SchoolReadModel.ImportState state = schools.importState(id).filter(s -> s.boardId().equals(board))
                .orElseThrow(() -> new NotFound("importId", "import " + id));
        boolean completed = "COMPLETED".equals(state.status());
        int done = completed ? state.total() : state.skipped() + schools.applied(id, board);
        return new ImportProgress(id.toString(), state.status(), state.total(), done, state.skipped(),
                schools.errors(id));
    }

    /** Board-wide roles see every school of the board; school roles only their own. */
    public List<SchoolView> list(TenantScope scope, BoardId board) {
        BoardAccess.require(scope, board, READERS);
        boolean boardWide = scope.hasAnyRole(Set.of(Role.BOARD_ADMIN, Role.AUDITOR));
        return schools.schoolsOf(board).stream()
                .filter(s -> boardWide || scope.schools().contains(s.schoolId()))
                .map(SchoolView::of).toList();
    }
}
