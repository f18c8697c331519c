package nl.koers.incident.report.web;

import java.net.URI;
import java.util.Map;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/incidents")
class IncidentController {
    private final IncidentReporting reporting;

    IncidentController(IncidentReporting reporting) {
        this.reporting = reporting;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, String>> report(@PathVariable SchoolId schoolId,
                                               @RequestBody ReportIncidentRequest request) {
        IncidentId id = reporting.report(TenantScopes.current(), schoolId, request);
        return ResponseEntity.created(URI.create("/api/schools/" + schoolId + "/incidents/" + id))
                .body(Map.of("incidentId", id.toString()));
    }

    @GetMapping("/{incidentId}")
    IncidentView get(@PathVariable SchoolId schoolId, @PathVariable String incidentId) {
        return reporting.find(TenantScopes.current(), schoolId, IncidentId.parse(incidentId));
    }
}
