package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.platform.publish.KafkaEventPublisher;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TestTracing;
import nl.koers.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What an operator sees of incident-service (ADR 0070): a request's trace continues through the outbox into the
 * Kafka record's headers; the publisher's backlog and the event store's appends are metrics; and the logs of a
 * request about a pupil hold ids, never the pupil's name or the description, even at trace level.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends IncidentServiceIT {
    /** Loggers that would show a request's body, its SQL or its messages if anything let personal data through. */
    static final List<String> CHATTY = List.of("nl.koers", "org.springframework.web", "org.springframework.security",
            "org.springframework.kafka", "org.axonframework", "org.hibernate.SQL", "org.hibernate.orm.jdbc.bind");
    static final String NAME = "Jantje Zonnebloem";
    static final String DESCRIPTION = "Jantje werd bij de fietsenstalling door drie oudere leerlingen bedreigd.";

    @Autowired
    InMemorySpanExporter spans;
    @Autowired
    LoggingSystem logging;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_requests_trace_continues_into_the_record_headers_of_its_event() {
        String traceparent = TestTracing.newTraceparent();
        String traceId = TestTracing.traceId(traceparent);
        String incident = report(traceparent, IncidentApi.body("BULLYING", IncidentApi.pupil("LL-77", "VICTIM", null)));

        ConsumerRecord<String, String> record = published(incident);
        Header header = record.headers().lastHeader("traceparent");
        assertThat(header).as("traceparent header").isNotNull();
        String sent = new String(header.value(), StandardCharsets.UTF_8);
        assertThat(TestTracing.traceId(sent)).isEqualTo(traceId);

        await().atMost(Duration.ofSeconds(30)).until(() -> TestTracing.spansOf(spans, traceId).stream()
                .anyMatch(span -> span.getKind() == SpanKind.PRODUCER));
        List<SpanData> trace = TestTracing.spansOf(spans, traceId);
        SpanData server = trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertThat(server.getParentSpanId()).isEqualTo(TestTracing.spanId(traceparent));
        SpanData publish = trace.stream().filter(span -> span.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertThat(publish.getName()).isEqualTo("publish koers.incident.events");
        assertThat(publish.getSpanId()).isEqualTo(TestTracing.spanId(sent)); // the consumer continues from here
    }

    @Test
    void the_logs_of_a_request_about_a_pupil_hold_neither_the_name_nor_the_description(CapturedOutput output) {
        String traceparent = TestTracing.newTraceparent();
        String body = """
                {"occurredAt":"2026-11-20T10:15:00Z","location":"PLAYGROUND","category":"BULLYING","severity":"HIGH",
                 "description":"%s","involved":[%s]}""".formatted(DESCRIPTION,
                IncidentApi.pupil("LL-78", "VICTIM", NAME));
        // Trace, not debug: at debug Spring cuts a logged body after 100 characters, at trace it logs all of it.
        CHATTY.forEach(logger -> logging.setLogLevel(logger, LogLevel.TRACE));
        String incident;
        try {
            incident = report(traceparent, body);
            published(incident);
            assertThat(Http.get(incident(incident), coordinator()).body()).contains(NAME); // the API may show it
        } finally {
            CHATTY.forEach(logger -> logging.setLogLevel(logger, null));
        }
        String logs = output.getAll();
        // The capture saw this request: its lines carry the trace and the school.
        assertThat(logs.lines().filter(line -> line.contains(TestTracing.traceId(traceparent)))
                .filter(line -> line.contains("\"schoolId\":\"" + SCHOOL + "\""))).isNotEmpty();
        assertThat(logs).doesNotContain(NAME, "Jantje", "Zonnebloem", DESCRIPTION, "fietsenstalling");
    }

    @Test
    void the_publisher_backlog_rises_while_the_publisher_stands_still_and_falls_after() {
        String admin = TestTokens.issuer().token("beheer", null, List.of(), "platform-admin");
        await().atMost(Duration.ofSeconds(30)).until(() -> metric(admin, "koers_publisher_backlog_events") == 0);
        double appendedBefore = metric(admin, "koers_eventstore_appended_events_total");
        EventProcessor publisher = processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP).orElseThrow();
        publisher.shutDown();
        try {
            api.report(BOARD, SCHOOL);
            api.report(BOARD, SCHOOL);
            assertThat(metric(admin, "koers_publisher_backlog_events")).isGreaterThanOrEqualTo(2);
            assertThat(metric(admin, "koers_eventstore_appended_events_total")).isGreaterThanOrEqualTo(appendedBefore + 2);
        } finally {
            publisher.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> metric(admin, "koers_publisher_backlog_events") == 0);
        assertThat(Http.get("http://127.0.0.1:" + port + "/actuator/prometheus", staff("staff-1")).status())
                .isEqualTo(403);
    }

    private double metric(String token, String name) {
        Http.Response scrape = Http.get("http://127.0.0.1:" + port + "/actuator/prometheus", token);
        assertThat(scrape.status()).isEqualTo(200);
        Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*application=\"incident-service\"[^}]*} (\\S+)$")
                .matcher(scrape.body());
        assertThat(value.find()).as(name + " in\n" + scrape.body()).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private String report(String traceparent, String body) {
        Http.Response response = Http.send("POST", api.incidents(SCHOOL), staff("staff-1"), body,
                Map.of("traceparent", traceparent));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
    }

    private static ConsumerRecord<String, String> published(String incident) {
        Map<String, ConsumerRecord<String, String>> found = new java.util.HashMap<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            TopicReader.read(TestKafka.bootstrapServers(), "koers.incident.events", 1, Duration.ofMillis(300),
                    Duration.ofSeconds(5)).stream().filter(r -> incident.equals(r.key()))
                    .forEach(r -> found.put(r.key(), r));
            return found.containsKey(incident);
        });
        return found.get(incident);
    }
}
