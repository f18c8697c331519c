package nl.koers.tenant.school;

import java.util.List;
import nl.koers.platform.id.BoardId;

/** Internal (not published): an import was accepted and runs; its rows are kept so it can resume after a restart. */
public record SchoolImportStarted(ImportId importId, BoardId boardId, List<SchoolRow> rows, int skipped) {
    public SchoolImportStarted {
        rows = List.copyOf(rows);
    }
}
