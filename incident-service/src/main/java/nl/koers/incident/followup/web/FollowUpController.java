package nl.koers.incident.followup.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.incident.FollowUpActionType;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.followup.CloseIncident;
import nl.koers.incident.followup.RecordFollowUpAction;
import nl.koers.incident.followup.ReopenIncident;
import nl.koers.incident.followup.TriageIncident;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Triage, follow-up actions, closing and reopening. Coordinators (and board admins, except on confidential
 * incidents) steer the workflow; the handler records actions too. Illegal transitions answer 409 naming "status".
 */
@RestController
@RequestMapping(path = "/api/schools/{schoolId}/incidents/{incidentId}", produces = "application/json")
class FollowUpController {
    private final IncidentAccess access;

    FollowUpController(IncidentAccess access) {
        this.access = access;
    }

    record Triage(String handler) {
    }

    record Action(FollowUpActionType type, String performedBy, Instant performedAt, String outcome) {
    }

    record Text(String evaluation, String reason) {
    }

    @PostMapping(path = "/triage", consumes = "application/json")
    ResponseEntity<Void> triage(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                                @RequestBody Triage body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = steer(scope, schoolId, incidentId);
        UserId handler = body.handler() == null || body.handler().isBlank() ? null : new UserId(body.handler());
        access.send(new TriageIncident(incident.incidentId(), handler, scope.user()), incident.boardId(), schoolId,
                scope.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/actions", consumes = "application/json")
    ResponseEntity<Map<String, String>> action(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                                               @RequestBody Action body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = access.incident(scope, schoolId, IncidentId.parse(incidentId), IncidentAccess.READERS);
        boolean handler = scope.user().equals(incident.handler());
        if (!handler && !scope.hasAnyRole(IncidentAccess.COORDINATION)) {
            throw new Forbidden("only the handler or a coordinator records follow-up actions");
        }
        IncidentAccess.requireContent(scope, incident);
        UUID actionId = UUID.randomUUID();
        UserId performedBy = body.performedBy() == null || body.performedBy().isBlank()
                ? scope.user() : new UserId(body.performedBy());
        access.send(new RecordFollowUpAction(incident.incidentId(), actionId, body.type(), performedBy,
                body.performedAt(), body.outcome(), scope.user()), incident.boardId(), schoolId, scope.user());
        return ResponseEntity.status(201).body(Map.of("actionId", actionId.toString()));
    }

    @PostMapping(path = "/close", consumes = "application/json")
    ResponseEntity<Void> close(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                               @RequestBody Text body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = steer(scope, schoolId, incidentId);
        access.send(new CloseIncident(incident.incidentId(), body.evaluation(), scope.user()), incident.boardId(),
                schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/reopen", consumes = "application/json")
    ResponseEntity<Void> reopen(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                                @RequestBody Text body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = steer(scope, schoolId, incidentId);
        access.send(new ReopenIncident(incident.incidentId(), body.reason(), scope.user()), incident.boardId(),
                schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    private IncidentSummary steer(TenantScope scope, SchoolId school, String incidentId) {
        IncidentSummary incident = access.incident(scope, school, IncidentId.parse(incidentId),
                IncidentAccess.COORDINATION);
        IncidentAccess.requireContent(scope, incident);
        return incident;
    }
}
