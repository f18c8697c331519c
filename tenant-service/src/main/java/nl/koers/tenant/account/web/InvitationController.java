package nl.koers.tenant.account.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Opened by the invitee, who has no account yet: the token is the only credential (see InvitationSecurity). */
@RestController
class InvitationController {
    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    record AcceptInvitation(String password) {
    }

    @PostMapping(path = "/api/invitations/{token}", consumes = "application/json")
    ResponseEntity<Void> accept(@PathVariable String token, @RequestBody AcceptInvitation body) {
        invitations.accept(token, body.password());
        return ResponseEntity.noContent().build();
    }
}
