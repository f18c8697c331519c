package nl.koers.platform.publish;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.observe.TraceContext;
import org.axonframework.serialization.Serializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
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
                                            @Value("${koers.publisher.ack-timeout:10s}") Duration ackTimeout,
                                            TraceContext traces) {
        return new KafkaEventPublisher(kafka, codec, "koers/" + service, ackTimeout, traces);
    }

    @Bean
    PublisherMetrics koersPublisherMetrics(JdbcTemplate jdbc, Serializer serializer, MeterRegistry meters) {
        return new PublisherMetrics(jdbc, serializer, meters, KafkaEventPublisher.PROCESSING_GROUP);
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

    /** Events remember the trace of the request (or event) that caused them; the publisher continues it. */
    @Bean
    CorrelationDataProvider koersTraceMetaData(TraceContext traces) {
        return message -> {
            Map<String, String> current = traces.current();
            if (!current.isEmpty()) {
                return current;
            }
            Object carried = message.getMetaData().get(TraceContext.TRACEPARENT);
            return carried == null ? Map.of() : Map.of(TraceContext.TRACEPARENT, carried);
        };
    }
}
