package nl.koers.platform.publish;

import io.micrometer.tracing.Span;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.observe.TraceContext;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes every stored event of this service to Kafka. It runs in a pooled streaming processor over the service's
 * own event store, so the event store is the outbox: the processor's token is stored in the same unit of work that
 * waits for the broker's acknowledgements, and a failed send fails the batch, which is retried from the old token.
 * At least once, therefore; consumers dedupe on the CloudEvents id (the Axon event identifier).
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {
    public static final String PROCESSING_GROUP = "koers-kafka-publisher";
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, String> kafka;
    private final CloudEventCodec codec;
    private final String source;
    private final Duration ackTimeout;
    private final TraceContext traces;
    private final AtomicLong failedBatches = new AtomicLong();

    public KafkaEventPublisher(KafkaTemplate<String, String> kafka, CloudEventCodec codec, String source,
                               Duration ackTimeout, TraceContext traces) {
        this.kafka = kafka;
        this.codec = codec;
        this.source = source;
        this.ackTimeout = ackTimeout;
        this.traces = traces;
    }

    @EventHandler
    public void publish(Object payload, EventMessage<?> message) {
        if (!EventTypes.isPublished(payload.getClass())) {
            return; // internal events (none yet) stay inside the service
        }
        String subject = message instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : message.getIdentifier();
        CloudEvent event = new CloudEvent(message.getIdentifier(), source, EventTypes.typeName(payload.getClass()),
                subject, message.getTimestamp(), metaData(message, EventMetaData.BOARD),
                metaData(message, EventMetaData.SCHOOL), metaData(message, EventMetaData.ACTOR), payload);
        // Key = aggregate id: all events of one record land on one partition, in order.
        String topic = EventTypes.topic(payload.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, codec.encode(event));
        // The trace of the command that caused the event continues here and travels on in the record's headers.
        Span span = traces.start("publish " + topic, metaData(message, TraceContext.TRACEPARENT), Span.Kind.PRODUCER)
                .tag("messaging.destination.name", topic).tag("cloudevents.event_type", event.type());
        traces.inject(span, record.headers(), (headers, key, value) -> {
            headers.remove(key);
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
        try {
            pending().add(kafka.send(record).whenComplete((result, failure) -> {
                if (failure != null) {
                    span.error(failure);
                }
                span.end();
            }));
        } catch (RuntimeException e) {
            span.error(e).end();
            throw failed(e); // no metadata within max.block.ms: the broker is unreachable
        }
    }

    /**
     * Sends of one batch go out together; the batch commits (and the token advances) only after the broker
     * acknowledged all of them.
     */
    private List<CompletableFuture<?>> pending() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            root.onPrepareCommit(u -> awaitAll(sends));
            return sends;
        });
    }

    private void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(e);
        } catch (Exception e) {
            throw failed(e);
        }
    }

    private PublicationFailed failed(Exception cause) {
        failedBatches.incrementAndGet();
        return new PublicationFailed(cause);
    }

    /** Batches the broker did not acknowledge since start (each is retried): non-zero means publication lags. */
    public long failedBatches() {
        return failedBatches.get();
    }

    private static String metaData(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** The broker did not acknowledge in time: the batch is retried, nothing is lost. */
    public static class PublicationFailed extends RuntimeException {
        PublicationFailed(Throwable cause) {
            super("Kafka did not acknowledge the batch", cause);
        }
    }
}
