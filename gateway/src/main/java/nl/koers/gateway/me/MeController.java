package nl.koers.gateway.me;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}: read from the session's current access token (refreshed like a relayed one), so a role granted
 * or revoked shows here exactly when the services see it. The gateway received that token itself from Keycloak's token
 * endpoint, so it reads the claims without re-checking the signature; the services check it on every call.
 */
@RestController
class MeController {
    private final ReactiveOAuth2AuthorizedClientManager authorizedClients;

    MeController(ReactiveOAuth2AuthorizedClientManager authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @GetMapping("/api/me")
    Mono<Me> me(OAuth2AuthenticationToken login, ServerWebExchange exchange) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                .principal(login)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return authorizedClients.authorize(request)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "no tokens in this session")))
                .map(MeController::claims)
                .map(Me::fromClaims);
    }

    private static java.util.Map<String, Object> claims(OAuth2AuthorizedClient client) {
        try {
            return JWTParser.parse(client.getAccessToken().getTokenValue()).getJWTClaimsSet().getClaims();
        } catch (ParseException e) {
            throw new IllegalStateException("the access token is not a JWT", e);
        }
    }
}
