package nl.koers.tenant.school.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.tenant.school.ImportId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/boards/{boardId}")
class SchoolController {
    private final SchoolImports imports;

    SchoolController(SchoolImports imports) {
        this.imports = imports;
    }

    /** 202 with the import's progress URL; 200 when every school in the file is already up to date. */
    @PostMapping(path = "/schools/import", consumes = {"text/csv", "text/plain"})
    ResponseEntity<Map<String, Object>> importSchools(@PathVariable BoardId boardId, @RequestBody byte[] file) {
        SchoolImports.Outcome outcome = imports.importFile(TenantScopes.current(), boardId, file);
        if (outcome.started().isEmpty()) {
            return ResponseEntity.ok(Map.of("status", "UNCHANGED", "total", outcome.total(),
                    "skipped", outcome.skipped()));
        }
        String id = outcome.started().get().toString();
        return ResponseEntity.accepted().location(URI.create("/api/boards/" + boardId + "/imports/" + id))
                .body(Map.of("importId", id, "status", "RUNNING", "total", outcome.total(),
                        "skipped", outcome.skipped()));
    }

    @GetMapping("/imports/{importId}")
    ImportProgress progress(@PathVariable BoardId boardId, @PathVariable String importId) {
        return imports.progress(TenantScopes.current(), boardId, ImportId.parse(importId));
    }

    @GetMapping("/schools")
    List<SchoolView> schools(@PathVariable BoardId boardId) {
        return imports.list(TenantScopes.current(), boardId);
    }
}
