package nl.koers.tenant.provisioning;

import java.util.concurrent.Executors;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.tenant.account.web.AccountReadModel;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Keycloak provisioning, switched on by {@code koers.provisioning.enabled} (off in module tests, which run without
 * Keycloak; once switched on, the processor starts from the first event and provisions everything).
 */
@Configuration
@ConditionalOnProperty(name = "koers.provisioning.enabled", havingValue = "true")
class ProvisioningConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(ProvisioningProperties properties) {
        return KeycloakBuilder.builder().serverUrl(properties.serverUrl()).realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(properties.clientId())
                .clientSecret(properties.clientSecret()).build();
    }

    @Bean
    KeycloakDirectory keycloakDirectory(Keycloak keycloak, ProvisioningProperties properties) {
        return new KeycloakDirectory(keycloak, properties.realm());
    }

    @Bean
    KeycloakProvisioner keycloakProvisioner(KeycloakDirectory directory, @Lazy EventStore events,
                                            AccountReadModel accounts, PersonalDataVault vault) {
        return new KeycloakProvisioner(directory, events, accounts, vault);
    }

    /**
     * A pooled streaming processor with several segments (one aggregate's events stay in one segment, in order):
     * Keycloak calls for different schools run in parallel. Errors propagate, so a failed call is retried, not skipped.
     */
    @Bean
    ConfigurerModule koersProvisioningProcessor(ProvisioningProperties properties) {
        int segments = Math.max(1, properties.segments());
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(KeycloakProvisioner.PROCESSING_GROUP,
                        config -> config.eventStore(),
                        (config, builder) -> builder.initialSegmentCount(segments).maxClaimedSegments(segments)
                                .batchSize(Math.max(1, properties.batchSize()))
                                .workerExecutor(Executors.newScheduledThreadPool(segments,
                                        Thread.ofPlatform().name("koers-provisioning-", 0).daemon().factory()))
                                .initialToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(KeycloakProvisioner.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance()));
    }
}
