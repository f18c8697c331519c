package nl.koers.incident.privacy.web;

import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.PersonId;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries;
import nl.koers.incident.index.IncidentSummary;
import nl.koers.incident.privacy.LiftIncidentHold;
import nl.koers.incident.privacy.PlaceIncidentHold;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Legal holds on an incident, and erasure of one person named in it (e.g. a parent or an external person). */
@RestController
@RequestMapping(path = "/api/schools/{schoolId}/incidents/{incidentId}", produces = "application/json")
class IncidentPrivacyController {
    private final IncidentAccess access;
    private final IncidentQueries queries;
    private final Erasure erasure;

    IncidentPrivacyController(IncidentAccess access, IncidentQueries queries, Erasure erasure) {
        this.access = access;
        this.queries = queries;
        this.erasure = erasure;
    }

    record Hold(String reason) {
    }

    @PostMapping(path = "/legal-holds", consumes = "application/json")
    ResponseEntity<Map<String, String>> place(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                                              @RequestBody Hold body) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = access.incident(scope, schoolId, IncidentId.parse(incidentId),
                IncidentAccess.COORDINATION);
        UUID hold = UUID.randomUUID();
        access.send(new PlaceIncidentHold(incident.incidentId(), hold, body.reason(), scope.user()),
                incident.boardId(), schoolId, scope.user());
        return ResponseEntity.status(201).body(Map.of("holdId", hold.toString()));
    }

    @DeleteMapping("/legal-holds/{holdId}")
    ResponseEntity<Void> lift(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                              @PathVariable String holdId) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = access.incident(scope, schoolId, IncidentId.parse(incidentId),
                IncidentAccess.COORDINATION);
        access.send(new LiftIncidentHold(incident.incidentId(), uuid(holdId, "holdId"), scope.user()),
                incident.boardId(), schoolId, scope.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/persons/{personId}/erasure")
    ResponseEntity<Erasure.Receipt> erase(@PathVariable SchoolId schoolId, @PathVariable String incidentId,
                                          @PathVariable String personId) {
        TenantScope scope = TenantScopes.current();
        IncidentSummary incident = access.incident(scope, schoolId, IncidentId.parse(incidentId),
                IncidentAccess.COORDINATION);
        PersonId person = new PersonId(uuid(personId, "personId"));
        if (!queries.personsOf(incident.incidentId()).contains(person)) {
            throw new NotFound("personId", "person " + personId + " is not involved in this incident");
        }
        return ResponseEntity.ok(erasure.erase(scope, incident.boardId(), schoolId, person));
    }

    static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "is not a valid id");
        }
    }
}
