package nl.koers.incident.privacy.web;

import java.util.List;
import java.util.Set;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.privacy.RetentionPolicy;
import nl.koers.incident.privacy.SetRetentionPolicy;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The board's retention policy for incident personal data and its erasure receipts. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}/incidents", produces = "application/json")
class BoardPrivacyController {
    private final IncidentAccess access;
    private final IncidentQueries queries;

    BoardPrivacyController(IncidentAccess access, IncidentQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    record Policy(Integer monthsAfterClosure) {
    }

    record PolicyView(int monthsAfterClosure, int defaultMonths) {
    }

    @GetMapping("/retention-policy")
    PolicyView policy(@PathVariable BoardId boardId) {
        BoardAccess.require(TenantScopes.current(), boardId, Set.of(Role.BOARD_ADMIN, Role.AUDITOR));
        return new PolicyView(queries.retentionMonths(boardId), RetentionPolicy.DEFAULT_MONTHS);
    }

    @PutMapping(path = "/retention-policy", consumes = "application/json")
    PolicyView set(@PathVariable BoardId boardId, @RequestBody Policy body) {
        TenantScope scope = TenantScopes.current();
        BoardAccess.require(scope, boardId, Set.of(Role.BOARD_ADMIN));
        if (body.monthsAfterClosure() == null) {
            throw new InvalidInput("monthsAfterClosure", "is required");
        }
        access.send(SetRetentionPolicy.of(boardId, body.monthsAfterClosure(), scope.user()), boardId, scope.user());
        return new PolicyView(body.monthsAfterClosure(), RetentionPolicy.DEFAULT_MONTHS);
    }

    @GetMapping("/erasure-receipts")
    List<IncidentQueries.Receipt> receipts(@PathVariable BoardId boardId) {
        BoardAccess.require(TenantScopes.current(), boardId, Set.of(Role.BOARD_ADMIN, Role.AUDITOR));
        return queries.receipts(boardId);
    }
}
