package nl.koers.incident.meldcode.web;

import java.util.Set;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.MeldcodeOutcome;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.incident.meldcode.DecideMeldcode;
import nl.koers.incident.meldcode.RecordMeldcodeStep;
import nl.koers.incident.meldcode.SkipMeldcodeStep;
import nl.koers.incident.meldcode.StartMeldcode;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Meldcode's five steps on an incident. Coordinators, confidential advisers and the incident's handler take the
 * steps; a board admin does not (a Meldcode concern is confidential).
 */
@RestController
@RequestMapping(path = "/api/schools/{schoolId}/incidents/{incidentId}/meldcode", produces = "application/json")
class MeldcodeController {
    static final Set<Role> ROLES = Set.of(Role.COORDINATOR, Role.CONFIDENTIAL_ADVISER, Role.STAFF);
    private final IncidentAccess access;

    MeldcodeController(IncidentAccess access) {
        this.access = access;
    }

    record Step(MeldcodeStep step, String decision, String reason) {
    }

    record Decision(MeldcodeOutcome outcome, String reasoning) {
    }

    @PostMapping
    ResponseEntity<Void> start(@PathVariable SchoolId schoolId, @PathVariable String incidentId) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = require(scope, schoolId, incidentId);
        access.send(new StartMeldcode(incident.incidentId(), scope.user()), incident.boardId(), schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/steps", consumes = "application/json")
    ResponseEntity<Void> step(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                              @RequestBody Step body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = require(scope, schoolId, incidentId);
        access.send(new RecordMeldcodeStep(incident.incidentId(), required(body.step()), body.decision(), scope.user()),
                incident.boardId(), schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/skips", consumes = "application/json")
    ResponseEntity<Void> skip(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                              @RequestBody Step body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = require(scope, schoolId, incidentId);
        access.send(new SkipMeldcodeStep(incident.incidentId(), required(body.step()), body.reason(), scope.user()),
                incident.boardId(), schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/decision", consumes = "application/json")
    ResponseEntity<Void> decide(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                                @RequestBody Decision body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = require(scope, schoolId, incidentId);
        access.send(new DecideMeldcode(incident.incidentId(), body.outcome(), body.reasoning(), scope.user()),
                incident.boardId(), schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    private IncidentSummary require(TenantScope scope, SchoolId school, String incidentId) {
        IncidentSummary incident = access.incident(scope, school, IncidentId.parse(incidentId), ROLES);
        boolean handler = scope.user().equals(incident.handler());
        if (!handler && !scope.hasAnyRole(Set.of(Role.COORDINATOR, Role.CONFIDENTIAL_ADVISER))) {
            throw new Forbidden("the Meldcode is followed by coordinators, confidential advisers and the handler");
        }
        return incident;
    }

    private static MeldcodeStep required(MeldcodeStep step) {
        if (step == null) {
            throw new InvalidInput("step", "is required");
        }
        return step;
    }
}
