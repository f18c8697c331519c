package nl.koers.projection.dashboard;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.projection.rebuild.Rebuilds;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BoardDashboardController {
    static final Set<Role> READERS = Set.of(Role.BOARD_ADMIN, Role.AUDITOR);
    private final Dashboards dashboards;
    private final Rebuilds history;

    BoardDashboardController(Dashboards dashboards, Rebuilds history) {
        this.dashboards = dashboards;
        this.history = history;
    }

    /**
     * {@code ?sort=name|pupils|incidents|incidents_per_100_pupils|legal_duties_not_met|alerts|training_gaps|
     * perceived_safety|well_being&order=asc|desc} (default: per 100 pupils, desc); {@code asOf} as on the school's.
     */
    @GetMapping("/api/boards/{boardId}/dashboard")
    BoardDashboard dashboard(@PathVariable BoardId boardId,
                             @RequestParam(defaultValue = "incidents_per_100_pupils") String sort,
                             @RequestParam(defaultValue = "desc") String order,
                             @RequestParam(required = false) Instant asOf) {
        BoardAccess.require(TenantScopes.current(), boardId, READERS);
        BoardDashboard.Sort by;
        try {
            by = BoardDashboard.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("sort", "one of name, pupils, incidents, incidents_per_100_pupils, "
                    + "legal_duties_not_met, alerts, training_gaps, perceived_safety, well_being");
        }
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new InvalidInput("order", "asc or desc");
        }
        boolean descending = order.equals("desc");
        if (asOf == null) {
            return BoardDashboard.of(boardId.value(), null, dashboards.board(boardId, null), by, descending);
        }
        return history.asOf(boardId.value(), null, asOf,
                () -> BoardDashboard.of(boardId.value(), asOf, dashboards.board(boardId, asOf), by, descending));
    }
}
