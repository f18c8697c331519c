package nl.koers.gateway.session;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Logout ends the Keycloak session too, server to server: the gateway posts the session's refresh token with its client
 * credentials to the realm's end_session_endpoint (Keycloak's logout for confidential clients), then drops its own
 * session. Not the browser-redirect variant of RP-initiated logout: that puts the ID token ({@code id_token_hint}) in
 * a URL the browser sees, and the browser never sees a token here (ADR 0008). Keycloak's own cookies stay in the
 * browser but name a session that no longer exists, so the next login asks for the password again.
 */
@Component
class KeycloakSessionLogout implements ServerLogoutHandler {
    private static final Logger log = LoggerFactory.getLogger(KeycloakSessionLogout.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ServerOAuth2AuthorizedClientRepository authorizedClients;
    private final WebClient http;

    KeycloakSessionLogout(ServerOAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
        this.http = WebClient.create();
    }

    @Override
    public Mono<Void> logout(WebFilterExchange exchange, Authentication authentication) {
        Mono<Void> endKeycloakSession = authentication instanceof OAuth2AuthenticationToken token
                ? authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient(token.getAuthorizedClientRegistrationId(),
                        authentication, exchange.getExchange()).flatMap(this::endAtKeycloak)
                : Mono.empty();
        // A Keycloak that cannot be reached must not keep the user logged in here.
        return endKeycloakSession
                .onErrorResume(e -> {
                    log.warn("could not end the Keycloak session; ending the gateway session anyway: {}", e.toString());
                    return Mono.empty();
                })
                .then(exchange.getExchange().getSession().flatMap(WebSession::invalidate));
    }

    private Mono<Void> endAtKeycloak(OAuth2AuthorizedClient client) {
        ClientRegistration registration = client.getClientRegistration();
        Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null || client.getRefreshToken() == null) {
            log.warn("no end_session_endpoint or refresh token: the Keycloak session ends by its own timeout");
            return Mono.empty();
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("client_id", registration.getClientId());
        form.add("client_secret", registration.getClientSecret());
        form.add("refresh_token", client.getRefreshToken().getTokenValue());
        return http.post().uri(endSession.toString())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .retrieve()
                .toBodilessEntity()
                .timeout(TIMEOUT)
                .then();
    }
}
