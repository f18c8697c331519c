package nl.koers.training.coverage.web;

import java.util.List;
import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.training.coverage.web.Coverage.RequirementRequest;
import nl.koers.training.coverage.web.Coverage.RequirementView;
import nl.koers.training.coverage.web.CoverageReadModel.CoverageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoverageController {
    private final Coverage coverage;

    CoverageController(Coverage coverage) {
        this.coverage = coverage;
    }

    @PostMapping(path = "/api/boards/{boardId}/training/requirements", consumes = "application/json")
    List<RequirementView> set(@PathVariable BoardId boardId, @RequestBody RequirementRequest request) {
        return coverage.set(TenantScopes.current(), boardId, request);
    }

    @GetMapping("/api/boards/{boardId}/training/requirements")
    List<RequirementView> requirements(@PathVariable BoardId boardId) {
        return coverage.requirements(TenantScopes.current(), boardId);
    }

    @DeleteMapping("/api/boards/{boardId}/training/requirements/{role}/{kind}")
    ResponseEntity<Void> remove(@PathVariable BoardId boardId, @PathVariable String role,
                                @PathVariable CourseKind kind) {
        coverage.remove(TenantScopes.current(), boardId, role, kind);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/schools/{schoolId}/training/coverage")
    CoverageView ofSchool(@PathVariable SchoolId schoolId) {
        return coverage.ofSchool(TenantScopes.current(), schoolId);
    }

    @GetMapping("/api/boards/{boardId}/training/coverage")
    List<CoverageView> ofBoard(@PathVariable BoardId boardId) {
        return coverage.ofBoard(TenantScopes.current(), boardId);
    }
}
