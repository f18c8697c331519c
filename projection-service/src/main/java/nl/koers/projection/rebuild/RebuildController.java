package nl.koers.projection.rebuild;

import java.net.URI;
import java.util.UUID;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.tenant.PlatformAccess;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators start a rebuild and follow its progress; both are platform operations (no board's data is shown). */
@RestController
class RebuildController {
    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/api/platform/projections/rebuilds")
    ResponseEntity<Rebuild> start() {
        TenantScope scope = TenantScopes.current();
        PlatformAccess.require(scope);
        Rebuild started = rebuilds.start(scope.user().value());
        return ResponseEntity.accepted().location(URI.create("/api/platform/projections/rebuilds/" + started.id()))
                .body(started);
    }

    @GetMapping("/api/platform/projections/rebuilds/{rebuildId}")
    Rebuild progress(@PathVariable UUID rebuildId) {
        PlatformAccess.require(TenantScopes.current());
        return rebuilds.find(rebuildId).orElseThrow(() -> new NotFound("rebuildId", "rebuild " + rebuildId));
    }
}
