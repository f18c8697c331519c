package nl.koers.platform;

import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import nl.koers.platform.consume.ProcessedEvents;
import nl.koers.platform.error.ProblemHandling;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.persistence.PlatformSchema;
import nl.koers.platform.privacy.JdbcPersonalDataVault;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.tenant.TenantDirectoryListener;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared kernel every Koers service gets by depending on {@code platform}. */
@AutoConfiguration
@Import(ProblemHandling.class)
public class PlatformConfiguration {

    /** The time every rule and derived fact is judged against; tests replace it to control "now". */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PlatformSchema platformSchema(DataSource dataSource) {
        return new PlatformSchema(dataSource);
    }

    @Bean
    CloudEventCodec cloudEventCodec(EventTypes types) {
        return new CloudEventCodec(types);
    }

    @Bean
    SchoolDirectory schoolDirectory(JdbcTemplate jdbc, PlatformSchema schema) {
        return new SchoolDirectory(jdbc, schema);
    }

    @Bean
    SchoolAccess schoolAccess(SchoolDirectory directory) {
        return new SchoolAccess(directory);
    }

    @Bean
    TenantDirectoryListener tenantDirectoryListener(CloudEventCodec codec, SchoolDirectory directory) {
        return new TenantDirectoryListener(codec, directory);
    }

    @Bean
    PersonalDataVault personalDataVault(JdbcTemplate jdbc, PlatformSchema schema) {
        return new JdbcPersonalDataVault(jdbc, schema);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbc, PlatformSchema schema) {
        return new ProcessedEvents(jdbc, schema);
    }

    /** Publication must not lose or reorder: every replica acknowledges, and retries cannot duplicate. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer koersProducerDefaults() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1));
    }

    /** A new consumer group reads the whole history (the topics are the record of truth for read models). */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer koersConsumerDefaults() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
    }
}
