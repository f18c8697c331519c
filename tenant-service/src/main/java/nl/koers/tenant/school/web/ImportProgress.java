package nl.koers.tenant.school.web;

import java.util.List;
import nl.koers.tenant.school.ImportError;

/** {@code GET /api/boards/{boardId}/imports/{importId}}: RUNNING until every row was applied or failed. */
public record ImportProgress(String importId, String status, int total, int done, int skipped,
                             List<ImportError> errors) {
}
