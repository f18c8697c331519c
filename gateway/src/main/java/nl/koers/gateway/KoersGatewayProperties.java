package nl.koers.gateway;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything the gateway needs to know about its surroundings; defaults (in application.yml) are the local run
 * command's.
 *
 * @param issuerUri the Keycloak realm (OIDC discovery, and the CSP's form-action)
 * @param clientId  the gateway's confidential client in that realm
 * @param clientSecret its secret (production: from the environment, KOERS_GATEWAY_CLIENT_SECRET)
 * @param services  base URL of each service
 * @param requestSize largest request body per kind of route
 * @param publicRateLimit token buckets of the public survey route
 */
@ConfigurationProperties("koers.gateway")
public record KoersGatewayProperties(URI issuerUri, String clientId, String clientSecret, Services services, RequestSize requestSize,
                                     PublicRateLimit publicRateLimit) {

    public record Services(URI incident, URI plan, URI tenant, URI survey, URI projection, URI training) {
    }

    /** @param csvImport {@code /api/boards/{boardId}/schools/import}; {@code publicSurvey} the anonymous route */
    public record RequestSize(DataSize defaultLimit, DataSize csvImport, DataSize publicSurvey) {
    }

    /**
     * @param perCode    bucket per survey access code (the path segment after /api/public/surveys/)
     * @param perAddress bucket per client address
     * @param maxTrackedKeys above this many buckets, idle (full) ones are dropped: memory stays bounded under a flood
     */
    public record PublicRateLimit(Bucket perCode, Bucket perAddress, int maxTrackedKeys) {
    }

    /** A token bucket: {@code capacity} requests at once, refilled at {@code capacity} per {@code refillPeriod}. */
    public record Bucket(int capacity, Duration refillPeriod) {
    }

    /** The scheme, host and port of the issuer: where the login form posts to. */
    public String identityProviderOrigin() {
        return issuerUri.getScheme() + "://" + issuerUri.getAuthority();
    }
}
