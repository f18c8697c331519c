package nl.koers.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.contracts.incident.Category;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TestTracing;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator sees of the projection (ADR 0070): the trace of the request that caused an event continues in
 * its handling here, the lag metrics on the management port, and health groups for the kubelet. The actuator runs
 * on its own port, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@Import(TestTracing.class)
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {
    // A board and school of its own: every IT class of this JVM reads the same topics (its events count elsewhere).
    static final String BOARD = "41070";
    static final String SCHOOL = "70OB00";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "projection_observability");
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    InMemorySpanExporter spans;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    LoggingSystem logging;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        TenantFixtures.onboardAndAwait(directory, BOARD, SCHOOL);
    }

    @Test
    void the_trace_in_an_events_record_headers_continues_in_its_handling(CapturedOutput output) {
        String traceparent = TestTracing.newTraceparent();
        String traceId = TestTracing.traceId(traceparent);
        String incident = UUID.randomUUID().toString();
        logging.setLogLevel("nl.koers.projection.intake", LogLevel.DEBUG);
        try {
            send(incident, PublishedEvents.incidentReported(BOARD, SCHOOL, Category.BULLYING, incident), traceparent);
            await().atMost(PublishedEvents.CATCH_UP).until(() -> !TestTracing.spansOf(spans, traceId).isEmpty());
        } finally {
            logging.setLogLevel("nl.koers.projection.intake", null);
        }
        SpanData handling = TestTracing.spansOf(spans, traceId).getFirst();
        assertThat(handling.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(handling.getParentSpanId()).isEqualTo(TestTracing.spanId(traceparent));
        assertThat(handling.getName()).contains("koers.incident.events");
        // The handling's log line carries the trace and the tenant ids, as structured JSON.
        String applied = output.getOut().lines().filter(line -> line.contains("applied nl.koers.incident"))
                .filter(line -> line.contains(traceId)).findFirst().orElseThrow();
        assertThat(applied).startsWith("{").contains("\"traceId\":\"" + traceId + "\"",
                "\"boardId\":\"" + BOARD + "\"", "\"schoolId\":\"" + SCHOOL + "\"");
    }

    @Test
    void a_request_has_its_server_span_and_none_of_spring_securitys_own_steps() {
        String traceparent = TestTracing.newTraceparent();
        String traceId = TestTracing.traceId(traceparent);
        String token = TestTokens.issuer().token("coord", BOARD, List.of(SCHOOL), "coordinator");
        Http.Response response = Http.send("GET", "http://127.0.0.1:" + port + "/api/schools/" + SCHOOL + "/dashboard",
                token, null, Map.of("traceparent", traceparent));
        assertThat(response.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> TestTracing.spansOf(spans, traceId).stream()
                .anyMatch(span -> span.getKind() == SpanKind.SERVER));
        // The filter chain, authentication and authorization spans would be here too (ADR 0067): a dozen per request.
        assertThat(TestTracing.spansOf(spans, traceId)).extracting(SpanData::getName)
                .noneMatch(name -> name.contains("security") || name.contains("authenticat")
                        || name.contains("authoriz"))
                .contains("http get /api/schools/{schoolId}/dashboard");
    }

    @Test
    void projection_lag_rises_while_the_intake_is_paused_and_falls_after() {
        await().atMost(PublishedEvents.CATCH_UP).until(() -> lag("koers.incident.events") == 0);
        MessageListenerContainer intake = listeners.getListenerContainer("projection-intake");
        intake.pause();
        try {
            await().atMost(Duration.ofSeconds(30)).until(intake::isContainerPaused);
            for (int i = 0; i < 5; i++) {
                String incident = UUID.randomUUID().toString();
                send(incident, PublishedEvents.incidentReported(BOARD, SCHOOL, Category.BULLYING, incident), null);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> lag("koers.incident.events") >= 5);
        } finally {
            intake.resume();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> lag("koers.incident.events") == 0);
        String metrics = scrape();
        assertThat(metrics).contains("koers_projection_lag_seconds_count{application=\"projection-service\","
                + "read_model=\"IncidentStates\"}");
        assertThat(metrics).containsPattern("koers_projection_lag_events\\{[^}]*topic=\"koers.plan.events\"");
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void prometheus_and_probes_answer_on_the_management_port_only() {
        Http.Response readiness = Http.get(management("/actuator/health/readiness"), null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"}", "\"kafka\":{\"status\":\"UP\"}",
                "\"readinessState\":{\"status\":\"UP\"}");
        Http.Response liveness = Http.get(management("/actuator/health/liveness"), null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).doesNotContain("kafka", "\"db\"");
        assertThat(Http.get("http://127.0.0.1:" + port + "/actuator/prometheus", null).status()).isEqualTo(401);
        String admin = TestTokens.issuer().token("beheer", null, List.of(), "platform-admin");
        assertThat(Http.get("http://127.0.0.1:" + port + "/actuator/prometheus", admin).status()).isEqualTo(404);
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    private String scrape() {
        Http.Response response = Http.get(management("/actuator/prometheus"), null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private double lag(String topic) {
        Matcher matcher = Pattern.compile("koers_projection_lag_events\\{[^}]*topic=\"" + Pattern.quote(topic)
                + "\"[^}]*} (\\S+)").matcher(scrape());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    private static void send(String key, String value, String traceparent) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("koers.incident.events", key, value);
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
