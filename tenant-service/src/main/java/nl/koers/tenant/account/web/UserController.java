package nl.koers.tenant.account.web;

import java.net.URI;
import java.util.Map;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/boards/{boardId}/users")
class UserController {
    private final Accounts accounts;

    UserController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** 201 with the invitation link to show to the admin (there is no mail server). */
    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> invite(@PathVariable BoardId boardId, @RequestBody InviteUserRequest request) {
        Accounts.Invited invited = accounts.invite(TenantScopes.current(), boardId, request);
        return ResponseEntity.created(URI.create("/api/boards/" + boardId + "/users/" + invited.accountId()))
                .body(Map.of("userId", invited.accountId().toString(), "invitation", invited.invitation()));
    }

    @PostMapping(path = "/{userId}/roles", consumes = "application/json")
    ResponseEntity<Void> grant(@PathVariable BoardId boardId, @PathVariable String userId,
                               @RequestBody RoleRequest request) {
        accounts.grant(TenantScopes.current(), boardId, AccountId.parse(userId), request);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{userId}/roles/{role}")
    ResponseEntity<Void> revoke(@PathVariable BoardId boardId, @PathVariable String userId, @PathVariable String role) {
        accounts.revoke(TenantScopes.current(), boardId, AccountId.parse(userId), role);
        return ResponseEntity.noContent().build();
    }

    /** A new link (e.g. the first one expired or got lost); it replaces the earlier ones, which answer 404 from now. */
    @PostMapping("/{userId}/invitation")
    Invitations.Invitation reinvite(@PathVariable BoardId boardId, @PathVariable String userId) {
        return accounts.reinvite(TenantScopes.current(), boardId, AccountId.parse(userId));
    }
}
