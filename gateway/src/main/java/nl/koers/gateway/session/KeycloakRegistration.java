package nl.koers.gateway.session;

import java.time.Duration;
import nl.koers.gateway.KoersGatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway's client at Keycloak, discovered from the issuer on first use instead of at start: the gateway starts
 * (and serves its page, the public route and its health) while Keycloak is still starting or briefly down; a login
 * attempt then answers 503 and the next one tries discovery again. A successful discovery is kept.
 */
@Component
class KeycloakRegistration implements ReactiveClientRegistrationRepository {
    private static final Logger log = LoggerFactory.getLogger(KeycloakRegistration.class);
    private static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(10);

    private final Mono<ClientRegistration> registration;

    KeycloakRegistration(KoersGatewayProperties properties) {
        String issuer = properties.issuerUri().toString();
        this.registration = Mono
                .fromCallable(() -> ClientRegistrations.fromIssuerLocation(issuer)
                        .registrationId(SessionSecurity.REGISTRATION)
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope("openid", "profile")
                        .userNameAttributeName("preferred_username")
                        .build())
                .subscribeOn(Schedulers.boundedElastic()) // discovery is a blocking HTTP call
                .timeout(DISCOVERY_TIMEOUT)
                .doOnNext(r -> log.info("OIDC discovery of {} done", issuer))
                .doOnError(e -> log.warn("OIDC discovery of {} failed, will retry on the next login: {}", issuer, e.toString()))
                .cache(done -> Duration.ofMillis(Long.MAX_VALUE), failed -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        return SessionSecurity.REGISTRATION.equals(registrationId) ? registration : Mono.empty();
    }
}
