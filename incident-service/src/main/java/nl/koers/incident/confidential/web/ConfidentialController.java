package nl.koers.incident.confidential.web;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.confidential.MarkConfidential;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reporter or a coordinator marks an incident confidential (the aggregate checks who). */
@RestController
class ConfidentialController {
    private final IncidentAccess access;

    ConfidentialController(IncidentAccess access) {
        this.access = access;
    }

    @PostMapping("/api/schools/{schoolId}/incidents/{incidentId}/confidential")
    ResponseEntity<Void> mark(@PathVariable SchoolId schoolId, @PathVariable String incidentId) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = access.incident(scope, schoolId, IncidentId.parse(incidentId),
                IncidentAccess.READERS);
        access.send(new MarkConfidential(incident.incidentId(), scope.user(), scope.roles().contains(Role.COORDINATOR)),
                incident.boardId(), schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }
}
