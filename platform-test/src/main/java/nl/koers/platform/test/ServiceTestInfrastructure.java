package nl.koers.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at the JVM's shared PostgreSQL (its own database), Kafka broker and token issuer.
 * Use from a {@code @DynamicPropertySource} method, or {@link #properties} for a service started by hand.
 */
public final class ServiceTestInfrastructure {
    private ServiceTestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        properties(database, TestKafka.bootstrapServers()).forEach((k, v) -> registry.add(k, () -> v));
    }

    public static Map<String, String> properties(String database, String kafkaBootstrap) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", TestPostgres.database(database));
        p.put("spring.datasource.username", TestPostgres.user());
        p.put("spring.datasource.password", "");
        p.put("spring.kafka.bootstrap-servers", kafkaBootstrap);
        p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.issuer().issuerUri());
        // Several instances of a service in one test JVM, each on its own database, must not share consumer groups.
        p.put("koers.consumer-group-prefix", database);
        return p;
    }
}
