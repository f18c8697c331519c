package nl.koers.projection.dashboard;

import java.time.Instant;
import java.util.Set;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.projection.rebuild.Rebuilds;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchoolDashboardController {
    static final Set<Role> READERS = Set.of(Role.STAFF, Role.COORDINATOR, Role.BOARD_ADMIN);
    private final SchoolAccess access;
    private final Dashboards dashboards;
    private final Rebuilds history;

    SchoolDashboardController(SchoolAccess access, Dashboards dashboards, Rebuilds history) {
        this.access = access;
        this.dashboards = dashboards;
        this.history = history;
    }

    /** Live, or {@code ?asOf=2026-11-20T10:00:00Z}: as it stood at that moment, recomputed from the history. */
    @GetMapping("/api/schools/{schoolId}/dashboard")
    SchoolDashboard dashboard(@PathVariable SchoolId schoolId, @RequestParam(required = false) Instant asOf) {
        BoardId board = access.require(TenantScopes.current(), schoolId, READERS);
        if (asOf == null) {
            return dashboards.school(board, schoolId, null);
        }
        return history.asOf(board.value(), schoolId.value(), asOf, () -> dashboards.school(board, schoolId, asOf));
    }
}
