package nl.koers.incident.followup.web;

import java.time.Instant;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.incident.report.CorrectIncident;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Corrections of a report, by its reporter, its handler or a coordinator; recorded as events, never a rewrite. */
@RestController
class CorrectionController {
    private final IncidentAccess access;

    CorrectionController(IncidentAccess access) {
        this.access = access;
    }

    record Correction(Instant occurredAt, Location location, Category category, Severity severity,
                      String description, String reason) {
    }

    @PostMapping(path = "/api/schools/{schoolId}/incidents/{incidentId}/corrections", consumes = "application/json")
    ResponseEntity<Void> correct(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                                 @RequestBody Correction body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = access.incident(scope, schoolId, IncidentId.parse(incidentId),
                IncidentAccess.READERS);
        boolean own = scope.user().equals(incident.reportedBy()) || scope.user().equals(incident.handler());
        if (!own && !scope.hasAnyRole(IncidentAccess.COORDINATION)) {
            throw new Forbidden("the reporter, the handler or a coordinator corrects a report");
        }
        IncidentAccess.requireContent(scope, incident);
        access.send(new CorrectIncident(incident.incidentId(), body.occurredAt(), body.location(), body.category(),
                body.severity(), body.description(), body.reason(), scope.user()), incident.boardId(), schoolId,
                scope.user());
        return ResponseEntity.noContent().build();
    }
}
