package nl.koers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The trace of a request begins (or continues) at the gateway and travels to the service as W3C {@code traceparent}
 * (ADR 0070); the management port answers Prometheus without a login, the public port does not show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewayTracingTest {
    private static final StubService SERVICE = new StubService();
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String INCOMING = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry properties) {
        properties.add("koers.gateway.issuer-uri", () -> "http://127.0.0.1:1/realms/koers");
        properties.add("koers.gateway.services.survey", SERVICE::url);
    }

    @AfterAll
    static void stopStub() {
        SERVICE.close();
    }

    @Test
    void a_request_without_a_trace_gets_one_at_the_gateway_and_the_service_receives_it() throws Exception {
        SERVICE.received.clear();
        answer().exchange().expectStatus().isOk();
        String traceparent = forwardedTraceparent();
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void an_incoming_trace_is_continued_with_the_gateways_own_span() throws Exception {
        SERVICE.received.clear();
        answer().header("traceparent", INCOMING).exchange().expectStatus().isOk();
        String traceparent = forwardedTraceparent();
        assertThat(traceparent).startsWith("00-" + TRACE + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void prometheus_answers_on_the_management_port_and_not_on_the_public_one() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(10)).build();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().value(status ->
                        assertThat(status).isNotEqualTo(200));
    }

    private WebTestClient.RequestHeadersSpec<?> answer() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/api/public/surveys/TRACE/answers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":[]}");
    }

    private static String forwardedTraceparent() throws InterruptedException {
        StubService.Received received = SERVICE.received.poll(10, TimeUnit.SECONDS);
        assertThat(received).as("request reached the service").isNotNull();
        return received.headers().getFirst("traceparent");
    }
}
