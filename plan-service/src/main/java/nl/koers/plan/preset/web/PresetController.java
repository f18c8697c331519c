package nl.koers.plan.preset.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.koers.contracts.plan.PresetId;
import nl.koers.contracts.plan.PresetPublished;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.plan.preset.PresetCommands.PublishPreset;
import nl.koers.plan.preset.PresetCommands.RevisePreset;
import nl.koers.plan.preset.app.Presets;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Board presets ("klaarzetten", tip 2 of the Digitaal Veiligheidsplan): only a board admin of the board. */
@RestController
@RequestMapping("/api/boards/{boardId}/plan-presets")
class PresetController {
    private static final Set<Role> BOARD_ADMIN = Set.of(Role.BOARD_ADMIN);
    private final Presets presets;

    PresetController(Presets presets) {
        this.presets = presets;
    }

    record PresetRequest(String title, List<PresetTopic> topics, List<String> agreements, List<String> focusPoints) {
    }

    /** {@code all: true} applies to every school of the board; otherwise {@code schools} names them. */
    record ApplyRequest(Boolean all, List<String> schools) {
    }

    @GetMapping
    List<Presets.Summary> list(@PathVariable BoardId boardId) {
        scope(boardId);
        return presets.list(boardId);
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<PresetPublished> publish(@PathVariable BoardId boardId, @RequestBody PresetRequest body) {
        TenantScope scope = scope(boardId);
        PresetId id = PresetId.generate();
        PresetPublished published = presets.publish(new PublishPreset(id, boardId, body.title(), body.topics(),
                body.agreements(), body.focusPoints()), scope.user());
        return ResponseEntity.created(URI.create("/api/boards/" + boardId + "/plan-presets/" + id)).body(published);
    }

    @GetMapping("/{presetId}")
    PresetPublished get(@PathVariable BoardId boardId, @PathVariable String presetId) {
        scope(boardId);
        return presets.latest(boardId, PresetId.parse(presetId));
    }

    /** A new version; schools get it the next time it is applied. */
    @PutMapping(path = "/{presetId}", consumes = "application/json")
    PresetPublished revise(@PathVariable BoardId boardId, @PathVariable String presetId,
                           @RequestBody PresetRequest body) {
        TenantScope scope = scope(boardId);
        return presets.revise(new RevisePreset(PresetId.parse(presetId), boardId, body.title(), body.topics(),
                body.agreements(), body.focusPoints()), scope.user());
    }

    @PostMapping(path = "/{presetId}/applications", consumes = "application/json")
    Presets.Applied apply(@PathVariable BoardId boardId, @PathVariable String presetId,
                          @RequestBody ApplyRequest body) {
        TenantScope scope = scope(boardId);
        boolean all = Boolean.TRUE.equals(body.all());
        if (all == (body.schools() != null)) {
            throw new InvalidInput("schools", "either name schools or set all to true");
        }
        return presets.apply(boardId, PresetId.parse(presetId), all ? null : body.schools(), scope.user());
    }

    private static TenantScope scope(BoardId boardId) {
        TenantScope scope = TenantScopes.current();
        BoardAccess.require(scope, boardId, BOARD_ADMIN);
        return scope;
    }
}
