package nl.koers.projection.incidents;

import java.util.Locale;
import java.util.Set;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BoardDashboardController {
    static final Set<Role> READERS = Set.of(Role.BOARD_ADMIN, Role.AUDITOR);
    private final IncidentCounts counts;

    BoardDashboardController(IncidentCounts counts) {
        this.counts = counts;
    }

    /** {@code ?sort=name|pupils|incidents|incidents_per_100_pupils&order=asc|desc} (default: per 100 pupils, desc). */
    @GetMapping("/api/boards/{boardId}/dashboard")
    BoardDashboard dashboard(@PathVariable BoardId boardId,
                             @RequestParam(defaultValue = "incidents_per_100_pupils") String sort,
                             @RequestParam(defaultValue = "desc") String order) {
        BoardAccess.require(TenantScopes.current(), boardId, READERS);
        BoardDashboard.Sort by;
        try {
            by = BoardDashboard.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("sort", "name, pupils, incidents or incidents_per_100_pupils");
        }
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new InvalidInput("order", "asc or desc");
        }
        return BoardDashboard.of(boardId.value(), counts.perSchool(boardId), by, order.equals("desc"));
    }
}
