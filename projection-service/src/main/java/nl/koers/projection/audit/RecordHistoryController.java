package nl.koers.projection.audit;

import java.util.List;
import java.util.Set;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.projection.privacy.ErasedSubjects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The full history of one record (an incident, a plan, a round, a session, a school…): every event about it, in the
 * order it was applied, with who and when, from the board's audit trail; erased personal data shows as erased.
 */
@RestController
class RecordHistoryController {
    private static final int MAX_EVENTS = 10_000;
    private final AuditTrail trail;
    private final ErasedSubjects erasedSubjects;

    RecordHistoryController(AuditTrail trail, ErasedSubjects erasedSubjects) {
        this.trail = trail;
        this.erasedSubjects = erasedSubjects;
    }

    public record History(String recordId, int events, boolean complete, List<AuditRecord> entries) {
    }

    @GetMapping("/api/boards/{boardId}/history/{recordId}")
    History history(@PathVariable BoardId boardId, @PathVariable String recordId) {
        BoardAccess.require(TenantScopes.current(), boardId, AuditController.READERS);
        List<AuditEntry> entries = trail.search(boardId, new AuditTrail.Query(null, recordId, null, null, null, null),
                0, MAX_EVENTS + 1);
        if (entries.isEmpty()) {
            throw new NotFound("recordId", "record " + recordId);
        }
        Set<String> erased = erasedSubjects.of(boardId.value());
        List<AuditRecord> shown = entries.stream().limit(MAX_EVENTS).map(e -> AuditRecord.of(e, erased)).toList();
        return new History(recordId, shown.size(), entries.size() <= MAX_EVENTS, shown);
    }
}
