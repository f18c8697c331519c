package nl.koers.training.catalogue.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogueController {
    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping(path = "/api/training/courses", consumes = "application/json")
    ResponseEntity<Map<String, String>> publishForProviders(@RequestBody PublishCourseRequest request) {
        return created(catalogue.publishForProviders(TenantScopes.current(), request));
    }

    @PostMapping(path = "/api/boards/{boardId}/training/courses", consumes = "application/json")
    ResponseEntity<Map<String, String>> publishForBoard(@PathVariable BoardId boardId,
                                                        @RequestBody PublishCourseRequest request) {
        return created(catalogue.publishForBoard(TenantScopes.current(), boardId, request));
    }

    @GetMapping("/api/training/courses")
    List<CourseView> list(@RequestParam(required = false) CourseKind kind) {
        return catalogue.list(TenantScopes.current(), Optional.ofNullable(kind));
    }

    @GetMapping("/api/training/courses/{courseId}")
    CourseView get(@PathVariable String courseId) {
        return catalogue.visible(TenantScopes.current(), CourseId.parse(courseId));
    }

    private static ResponseEntity<Map<String, String>> created(CourseId id) {
        return ResponseEntity.created(URI.create("/api/training/courses/" + id)).body(Map.of("courseId", id.toString()));
    }
}
