package nl.koers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;

/**
 * The gateway as it runs (real HTTP on a random port) with a stub in place of the services; Keycloak is not faked:
 * its address is a closed port, so everything that needs a login is proven against the real one in deploy
 * (GatewayLoginIT). Proven here: what happens without a session, the headers, the size limits, CSRF, the public route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayWebTest {
    private static final StubService SERVICE = new StubService();
    private static final String CLOSED = "http://127.0.0.1:" + closedPort();

    @LocalServerPort
    int port;
    WebTestClient http;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry properties) {
        properties.add("koers.gateway.issuer-uri", () -> CLOSED + "/realms/koers");
        properties.add("koers.gateway.services.tenant", () -> SERVICE.url().replace("127.0.0.1", "localhost"));
        for (String service : List.of("incident", "plan", "projection", "training")) {
            // never called here: these routes need a session
            properties.add("koers.gateway.services." + service, () -> "http://" + service + ".invalid:1");
        }
        properties.add("koers.gateway.services.survey", SERVICE::url);
        properties.add("koers.gateway.public-rate-limit.per-code.capacity", () -> "3");
        properties.add("server.forward-headers-strategy", () -> "framework"); // as behind a TLS-terminating proxy
        properties.add("koers.gateway.public-rate-limit.per-address.capacity", () -> "1000");
    }

    @AfterAll
    static void stopStub() {
        SERVICE.close();
    }

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        SERVICE.received.clear();
    }

    @Autowired
    RouteLocator routes;

    @Test
    void every_service_api_has_its_route() {
        Map<String, String> expected = new LinkedHashMap<>();
        String incident = "http://incident.invalid:1";
        expected.put("/api/schools/12AB00/incidents", incident);
        expected.put("/api/schools/12AB00/incidents/5f0c/follow-ups", incident);
        expected.put("/api/schools/12AB00/pupils/p-17/chronology", incident);
        expected.put("/api/boards/41001/incidents/retention-policy", incident);
        String projection = "http://projection.invalid:1";
        expected.put("/api/schools/12AB00/dashboard", projection);
        expected.put("/api/schools/12AB00/dashboard/as-of", projection);
        expected.put("/api/schools/12AB00/history/incident/5f0c", projection);
        expected.put("/api/boards/41001/dashboard", projection);
        expected.put("/api/boards/41001/audit/verify", projection);
        expected.put("/api/platform/projections/rebuilds", projection);
        String tenant = SERVICE.url().replace("127.0.0.1", "localhost");
        expected.put("/api/boards/41001/schools/import", tenant);
        expected.put("/api/boards/41001/users", tenant);
        expected.put("/api/platform/boards", tenant);
        expected.put("/api/invitations/abc123", tenant);
        String plan = "http://plan.invalid:1";
        expected.put("/api/schools/12AB00/plans", plan);
        expected.put("/api/schools/12AB00/plans/2026-2027/pdf", plan);
        expected.put("/api/boards/41001/plan-presets", plan);
        expected.put("/api/plan/rule-sets", plan);
        expected.put("/api/schools/12AB00/surveys/rounds", SERVICE.url());
        expected.put("/api/boards/41001/surveys/averages", SERVICE.url());
        expected.put("/api/surveys/instruments", SERVICE.url());
        expected.put("/api/public/surveys/K7Q2/answers", SERVICE.url());
        String training = "http://training.invalid:1";
        expected.put("/api/training/courses", training);
        expected.put("/api/schools/12AB00/training/coverage", training);
        expected.put("/api/boards/41001/training/requirements", training);
        expected.put("/api/schools/12AB00/unknown", null);
        expected.put("/api/schools/12AB00/dashboardx", null);
        expected.forEach((path, uri) -> assertThat(routeFor(path)).as(path).isEqualTo(uri));
    }

    private String routeFor(String path) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        return routes.getRoutes()
                .filterWhen(route -> route.getPredicate().apply(exchange))
                .map(route -> route.getUri().toString())
                .next().block();
    }

    @Test
    void an_api_call_without_a_session_answers_401_problem_and_starts_no_session() {
        EntityExchangeResult<String> result = http.get().uri("/api/schools/12AB00/dashboard").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectBody(String.class).returnResult();
        assertThat(result.getResponseBody()).contains("https://koers.nl/problems/unauthorized");
        assertThat(result.getResponseCookies()).doesNotContainKey("KOERS_SESSION");
        http.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void a_page_without_a_session_redirects_to_the_login() {
        http.get().uri("/leerlingen").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/keycloak");
    }

    @Test
    void the_landing_page_is_public_and_hands_out_a_script_readable_csrf_cookie() {
        EntityExchangeResult<String> page = http.get().uri("/").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        assertThat(page.getResponseBody()).contains("<html lang=\"nl\">").contains("/ui/app.js");
        http.get().uri("/ui/app.js").exchange().expectStatus().isOk(); // the modules load before any login
        ResponseCookie csrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf).isNotNull();
        assertThat(csrf.isHttpOnly()).isFalse();
        assertThat(csrf.getSameSite()).isEqualTo("Lax");
        assertThat(csrf.isSecure()).isFalse(); // plain http locally
    }

    @Test
    void the_session_cookie_is_httponly_and_lax_and_both_cookies_are_secure_exactly_when_the_request_is_https() {
        // A page that needs a login keeps the request in a new session (to return to it): the session cookie appears.
        EntityExchangeResult<byte[]> http1 = http.get().uri("/leerlingen").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound().expectBody().returnResult();
        ResponseCookie session = http1.getResponseCookies().getFirst("KOERS_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).isFalse();
        assertThat(http1.getResponseHeaders().getFirst("Strict-Transport-Security")).isNull();

        EntityExchangeResult<byte[]> https = http.get().uri("/leerlingen").accept(MediaType.TEXT_HTML)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "koers.example.nl")
                .exchange().expectStatus().isFound().expectBody().returnResult();
        assertThat(https.getResponseCookies().getFirst("KOERS_SESSION").isSecure()).isTrue();
        assertThat(https.getResponseHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=");
        ResponseCookie csrf = http.get().uri("/").header("X-Forwarded-Proto", "https").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf.isSecure()).isTrue();
        assertThat(csrf.isHttpOnly()).isFalse();
    }

    @Test
    void every_response_carries_the_security_headers_pages_errors_and_proxied_answers() {
        assertSecurityHeaders(http.get().uri("/").exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders());
        assertSecurityHeaders(http.get().uri("/api/me").exchange().expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders());
        assertSecurityHeaders(http.post().uri("/api/schools/12AB00/incidents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(1_048_577)).exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .returnResult(String.class).getResponseHeaders());
        HttpHeaders proxied = http.get().uri("/api/public/surveys/HEADERS/questions").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();
        assertSecurityHeaders(proxied);
        assertThat(proxied.get("X-Frame-Options")).containsExactly("DENY"); // the service's SAMEORIGIN is replaced
        assertThat(proxied.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(
                "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self' " + CLOSED);
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void a_state_changing_call_without_the_csrf_header_is_refused_before_anything_else() {
        String body = http.post().uri("/api/schools/12AB00/incidents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("https://koers.nl/problems/csrf");

        http.post().uri("/logout").cookie("XSRF-TOKEN", "token-a").header("X-XSRF-TOKEN", "token-b").exchange()
                .expectStatus().isForbidden();
        // the right pair passes CSRF and then meets the missing session
        http.post().uri("/api/schools/12AB00/incidents").cookie("XSRF-TOKEN", "token-a").header("X-XSRF-TOKEN", "token-a")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void bodies_over_the_limit_of_their_route_answer_413_problem() {
        http.post().uri("/api/schools/12AB00/incidents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(1_048_577)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // 2 MB are within the CSV import's 10 MB: it gets past the size check (to CSRF, here)
        http.post().uri("/api/boards/41001/schools/import").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("x".repeat(2_000_000)).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/boards/41001/schools/import").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("x".repeat(10 * 1024 * 1024 + 1)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        http.post().uri("/api/public/surveys/SIZE/answers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(64 * 1024 + 1)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(SERVICE.received).isEmpty();
    }

    @Test
    void a_chunked_body_without_a_length_is_cut_off_at_the_limit() {
        Flux<byte[]> chunks = Flux.range(0, 100).map(i -> new byte[1024]); // 100 KB, public limit 64 KB
        http.post().uri("/api/public/surveys/CHUNKED/answers").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, byte[].class).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(SERVICE.received).allSatisfy(r -> assertThat(r.bodyBytes()).isLessThan(100 * 1024));
    }

    @Test
    void the_public_route_reaches_the_survey_service_without_session_token_or_cookies() {
        EntityExchangeResult<String> answer = http.post().uri("/api/public/surveys/PUBLIC/answers")
                .header(HttpHeaders.AUTHORIZATION, "Bearer smuggled")
                .cookie("KOERS_SESSION", "someone-elses")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"answer\":3}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        assertThat(answer.getResponseBody()).isEqualTo("{\"ok\":true}");
        MultiValueMap<String, ResponseCookie> cookies = answer.getResponseCookies();
        assertThat(cookies).as("no cookie at all: not ours, not the service's").isEmpty();
        assertThat(answer.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();

        StubService.Received received = SERVICE.received.poll();
        assertThat(received).isNotNull();
        assertThat(received.path()).isEqualTo("/api/public/surveys/PUBLIC/answers");
        assertThat(received.headers().containsKey(HttpHeaders.AUTHORIZATION)).isFalse();
        assertThat(received.headers().containsKey(HttpHeaders.COOKIE)).isFalse();
        assertThat(received.bodyBytes()).isEqualTo(12);
    }

    @Test
    void the_pupil_page_and_its_assets_are_served_without_any_cookie_and_not_cached() {
        publicPage("/vragenlijst", "Jouw code", "vragenlijst.js", "vragenlijst.css");
    }

    @Test
    void the_invitation_page_and_its_assets_are_served_without_any_cookie_and_not_cached() {
        publicPage("/uitnodiging", "Nieuw wachtwoord", "uitnodiging.js", "uitnodiging.css");
    }

    private void publicPage(String path, String text, String script, String style) {
        for (String url : List.of(path, path + "/")) {
            EntityExchangeResult<String> page = http.get().uri(url).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                    .expectBody(String.class).returnResult();
            assertThat(page.getResponseBody()).contains("<html lang=\"nl\">").contains(text)
                    .contains(path + "/" + script);
            assertThat(page.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as("no session, no CSRF cookie").isNull();
            assertSecurityHeaders(page.getResponseHeaders());
        }
        for (String asset : List.of(path + "/" + script, path + "/" + style)) {
            EntityExchangeResult<byte[]> file = http.get().uri(asset).exchange()
                    .expectStatus().isOk().expectBody().returnResult();
            assertThat(file.getResponseBody()).isNotEmpty();
            assertThat(file.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        }
        http.get().uri(path + "/onbekend.js").exchange().expectStatus().isNotFound();
    }

    @Test
    void accepting_an_invitation_needs_no_session_and_no_csrf_token_and_sets_no_cookie() {
        EntityExchangeResult<String> answer = http.post().uri("/api/invitations/0123456789abcdef")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"password\":\"correct horse battery\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        assertThat(answer.getResponseCookies()).isEmpty();
        StubService.Received received = SERVICE.received.poll();
        assertThat(received).isNotNull();
        assertThat(received.path()).isEqualTo("/api/invitations/0123456789abcdef");
    }

    @Test
    void the_public_route_answers_429_problem_with_retry_after_once_a_code_is_used_up() {
        for (int i = 0; i < 3; i++) {
            http.get().uri("/api/public/surveys/BUSY/questions").exchange().expectStatus().isOk();
        }
        EntityExchangeResult<String> refused = http.get().uri("/api/public/surveys/BUSY/questions").exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult();
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 20L);
        assertThat(refused.getResponseBody()).contains("https://koers.nl/problems/too-many-requests");
        assertThat(SERVICE.received).hasSize(3);
        http.get().uri("/api/public/surveys/CALM/questions").exchange().expectStatus().isOk();
    }

    @Test
    void login_while_keycloak_is_unreachable_answers_503_problem_and_the_gateway_stays_up() {
        http.get().uri("/oauth2/authorization/keycloak").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
