package nl.koers.projection.incidents;

import java.util.Set;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchoolDashboardController {
    static final Set<Role> READERS = Set.of(Role.STAFF, Role.COORDINATOR, Role.BOARD_ADMIN);
    private final SchoolAccess access;
    private final IncidentCounts counts;

    SchoolDashboardController(SchoolAccess access, IncidentCounts counts) {
        this.access = access;
        this.counts = counts;
    }

    @GetMapping("/api/schools/{schoolId}/dashboard")
    SchoolDashboard dashboard(@PathVariable SchoolId schoolId) {
        access.require(TenantScopes.current(), schoolId, READERS);
        return SchoolDashboard.of(schoolId.value(), counts.byCategory(schoolId));
    }
}
