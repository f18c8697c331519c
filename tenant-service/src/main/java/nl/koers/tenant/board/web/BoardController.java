package nl.koers.tenant.board.web;

import java.net.URI;
import java.util.Map;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BoardController {
    private final BoardOnboarding onboarding;

    BoardController(BoardOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    /** 201 with the first board admin's invitation link; 409 when the board was onboarded before. */
    @PostMapping(path = "/api/platform/boards", consumes = "application/json")
    ResponseEntity<Map<String, Object>> onboard(@RequestBody OnboardBoardRequest request) {
        BoardOnboarding.Onboarded onboarded = onboarding.onboard(TenantScopes.current(), request);
        return ResponseEntity.created(URI.create("/api/platform/boards/" + onboarded.boardId()))
                .body(Map.of("boardId", onboarded.boardId().value(), "firstAdmin", Map.of(
                        "userId", onboarded.firstAdmin().accountId().toString(),
                        "invitation", onboarded.firstAdmin().invitation())));
    }
}
