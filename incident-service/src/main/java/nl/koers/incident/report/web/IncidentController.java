package nl.koers.incident.report.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.app.IncidentAccess;
import nl.koers.incident.index.IncidentQueries.Filter;
import nl.koers.incident.index.IncidentQueries.Page;
import nl.koers.incident.report.EntryHints;
import nl.koers.incident.report.IncidentStatus;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Responses are JSON only: text staff typed (even {@code <script>}) is data, never markup (ADR 0020). */
@RestController
@RequestMapping(path = "/api/schools/{schoolId}/incidents", produces = "application/json")
class IncidentController {
    private final IncidentReporting reporting;
    private final IncidentSearch search;
    private final IncidentAccess access;

    IncidentController(IncidentReporting reporting, IncidentSearch search, IncidentAccess access) {
        this.reporting = reporting;
        this.search = search;
        this.access = access;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> report(@PathVariable SchoolId schoolId,
                                               @RequestBody ReportIncidentRequest request) {
        IncidentReporting.Reported reported = reporting.report(TenantScopes.current(), schoolId, request);
        return ResponseEntity.created(URI.create("/api/schools/" + schoolId + "/incidents/" + reported.incidentId()))
                .body(Map.of("incidentId", reported.incidentId().toString(), "hints", reported.hints()));
    }

    @GetMapping("/{incidentId}")
    Object get(@PathVariable SchoolId schoolId, @PathVariable String incidentId) {
        return reporting.find(TenantScopes.current(), schoolId, IncidentId.parse(incidentId));
    }

    @GetMapping
    Page<IncidentSearch.Line> list(@PathVariable SchoolId schoolId,
                                   @RequestParam(required = false) IncidentStatus status,
                                   @RequestParam(required = false) Category category,
                                   @RequestParam(required = false) Severity severity,
                                   @RequestParam(required = false) Instant from,
                                   @RequestParam(required = false) Instant to,
                                   @RequestParam(required = false) Boolean reportOverdue,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        return search.search(TenantScopes.current(), schoolId,
                new Filter(status, category, severity, from, to, reportOverdue, null, true), page, size);
    }

    /** The hints shown next to the form, before anything is written. */
    @GetMapping("/entry-hints")
    List<EntryHints.Hint> hints(@PathVariable SchoolId schoolId) {
        access.school(TenantScopes.current(), schoolId, IncidentAccess.READERS);
        return EntryHints.ALL;
    }
}
