package nl.koers.platform.publish;

import java.time.Duration;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventMetaData;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the outbox publisher into every service that has an Axon event store: a pooled streaming processor (tokens
 * in the service's JPA token store), errors propagated so that a failed send is retried instead of skipped, and the
 * tenant metadata copied from commands to their events.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.EventStore")
public class PublisherConfiguration {

    @Bean
    KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<String, String> kafka, CloudEventCodec codec,
                                            @Value("${spring.application.name}") String service,
                                            @Value("${koers.publisher.ack-timeout:10s}") Duration ackTimeout) {
        return new KafkaEventPublisher(kafka, codec, "koers/" + service, ackTimeout);
    }

    @Bean
    ConfigurerModule koersPublisherProcessor(@Value("${koers.publisher.batch-size:100}") int batchSize,
                                             @Value("${koers.publisher.fallback-poll:500ms}") Duration fallbackPoll) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP,
                        config -> new CommitNotifyingEventSource(config.eventStore(), fallbackPoll),
                        (config, builder) -> builder.batchSize(batchSize)
                                .initialToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance()));
    }

    @Bean
    CorrelationDataProvider koersTenantMetaData() {
        return new SimpleCorrelationDataProvider(EventMetaData.BOARD, EventMetaData.SCHOOL, EventMetaData.ACTOR);
    }
}
