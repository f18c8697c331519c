package nl.koers.tenant.provisioning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code koers.provisioning.*}: where Keycloak's Admin API is and how provisioning runs (defaults in application.yml). */
@ConfigurationProperties("koers.provisioning")
public record ProvisioningProperties(boolean enabled, String serverUrl, String realm, String clientId,
                                     String clientSecret, int segments, int batchSize) {
}
