package nl.koers.tenant.school;

import java.util.List;
import nl.koers.platform.id.BoardId;

/** Internal (not published): every row of the import was applied or reported as an error. */
public record SchoolImportCompleted(ImportId importId, BoardId boardId, List<ImportError> errors) {
    public SchoolImportCompleted {
        errors = List.copyOf(errors);
    }
}
