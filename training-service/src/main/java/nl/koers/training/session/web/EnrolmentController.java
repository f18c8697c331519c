package nl.koers.training.session.web;

import java.util.List;
import java.util.Optional;
import nl.koers.contracts.training.SessionId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.training.session.web.Enrolments.EnrolmentView;
import nl.koers.training.session.web.Requests.EnrolRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/training/sessions/{sessionId}/enrolments")
class EnrolmentController {
    private final Enrolments enrolments;

    EnrolmentController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    /** 201 with {@code status} ENROLLED, or WAITING and the {@code position} on the waiting list. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<EnrolmentView> enrol(@PathVariable SchoolId schoolId, @PathVariable String sessionId,
                                        @RequestBody(required = false) EnrolRequest request) {
        EnrolmentView view = enrolments.enrol(TenantScopes.current(), schoolId, SessionId.parse(sessionId), request,
                tokenName());
        return ResponseEntity.status(201).body(view);
    }

    @DeleteMapping("/{participant}")
    ResponseEntity<Void> cancel(@PathVariable SchoolId schoolId, @PathVariable String sessionId,
                                @PathVariable String participant) {
        enrolments.cancel(TenantScopes.current(), schoolId, SessionId.parse(sessionId), new UserId(participant));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<ParticipantView> ofSchool(@PathVariable SchoolId schoolId, @PathVariable String sessionId) {
        return enrolments.ofSchool(TenantScopes.current(), schoolId, SessionId.parse(sessionId));
    }

    /** The display name Keycloak puts in the token (profile scope), used when the body names nobody. */
    private static Optional<String> tokenName() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return Optional.ofNullable(token.getToken().getClaimAsString("name")).filter(n -> !n.isBlank());
        }
        return Optional.empty();
    }
}
