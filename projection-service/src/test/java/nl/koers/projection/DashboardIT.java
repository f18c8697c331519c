package nl.koers.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardIT {
    static final String BOARD_A = "41001";
    static final String BOARD_B = "41002";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "projection_dashboard");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        TenantFixtures.onboardAndAwait(directory, BOARD_A, "12AB00", "12AC00", "12AD00", "12AE00");
        TenantFixtures.onboardAndAwait(directory, BOARD_B, "13BA00");
    }

    String coordinator(String school) {
        return TestTokens.issuer().token("coord-" + school, BOARD_A, List.of(school), "coordinator");
    }

    Http.Response dashboard(String school, String token) {
        return Http.get("http://127.0.0.1:" + port + "/api/schools/" + school + "/dashboard", token);
    }

    long count(String school, Category category) {
        String body = dashboard(school, coordinator(school)).body();
        return Long.parseLong(body.replaceAll(".*\"" + category + "\":(\\d+).*", "$1"));
    }

    /** Sends an event and waits until the dashboard shows it: everything sent before it on that key was handled. */
    void sendAndAwait(String school, Category category, String key, String value) {
        long before = count(school, category);
        PublishedEvents.send(TestKafka.bootstrapServers(), key, value);
        await().atMost(PublishedEvents.CATCH_UP).until(() -> count(school, category) > before);
    }

    @Test
    void a_reported_incident_raises_the_count_for_its_school_and_category_by_one() {
        String id = UUID.randomUUID().toString();
        sendAndAwait("12AB00", Category.BULLYING, id,
                PublishedEvents.incidentReported(BOARD_A, "12AB00", Category.BULLYING, id));
        Http.Response response = dashboard("12AB00", coordinator("12AB00"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"schoolId\":\"12AB00\"", "\"BULLYING\":1", "\"total\":1",
                "\"CYBERBULLYING\":0");
    }

    @Test
    void the_same_event_delivered_twice_counts_once() {
        String id = UUID.randomUUID().toString();
        String event = PublishedEvents.incidentReported(BOARD_A, "12AC00", Category.DISCRIMINATION, id);
        PublishedEvents.send(TestKafka.bootstrapServers(), id, event);
        PublishedEvents.send(TestKafka.bootstrapServers(), id, event);
        // A later event on the same key (same partition) is applied after both copies.
        sendAndAwait("12AC00", Category.OTHER, id, PublishedEvents.incidentReported(BOARD_A, "12AC00", Category.OTHER,
                UUID.randomUUID().toString()));
        assertThat(count("12AC00", Category.DISCRIMINATION)).isEqualTo(1);
    }

    @Test
    void an_unreadable_event_is_parked_as_a_dead_letter_and_does_not_block_the_next() {
        String key = UUID.randomUUID().toString();
        PublishedEvents.send(TestKafka.bootstrapServers(), key, "{\"specversion\":\"1.0\",\"type\":\"nonsense\"}");
        sendAndAwait("12AD00", Category.WEAPONS, key,
                PublishedEvents.incidentReported(BOARD_A, "12AD00", Category.WEAPONS, key));
        assertThat(jdbc.queryForObject("select count(*) from projection_dead_letter where record_key = ?",
                Long.class, key)).isEqualTo(1);
    }

    @Test
    void the_dashboard_as_of_a_moment_before_a_report_does_not_contain_it_and_after_it_does() {
        Instant before = Instant.now().minus(1, ChronoUnit.MICROS);
        String id = UUID.randomUUID().toString();
        sendAndAwait("12AE00", Category.RADICALISATION, id,
                PublishedEvents.incidentReported(BOARD_A, "12AE00", Category.RADICALISATION, id));
        Instant after = Instant.now();
        String token = coordinator("12AE00");
        Http.Response then = asOf("12AE00", before.toString(), token);
        Http.Response now = asOf("12AE00", after.toString(), token);
        assertThat(then.status()).isEqualTo(200);
        assertThat(then.body()).contains("\"RADICALISATION\":0", "\"asOf\":\"" + before + "\"");
        assertThat(now.body()).contains("\"RADICALISATION\":1");
        assertThat(asOf("12AE00", "yesterday", token).status()).isEqualTo(400);
    }

    @Test
    void the_board_dashboard_puts_only_the_boards_own_schools_side_by_side() {
        String admin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        Http.Response board = Http.get(boardUrl(BOARD_A) + "?sort=name&order=asc", admin);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("\"schools\":4", "\"pupils\":1000").doesNotContain("13BA00");
        assertThat(board.body().indexOf("12AB00")).isLessThan(board.body().indexOf("12AE00"));
        long total = 0;
        for (String school : List.of("12AB00", "12AC00", "12AD00", "12AE00")) {
            String body = dashboard(school, admin).body();
            total += Long.parseLong(body.replaceAll(".*\"total\":(\\d+).*", "$1"));
        }
        String body = Http.get(boardUrl(BOARD_A), admin).body();
        assertThat(body).contains("\"incidents\":" + total,
                "\"incidentsPer100Pupils\":" + Math.round(total * 10_000.0 / 1000) / 100.0);
        String auditorB = TestTokens.issuer().token("auditor-b", BOARD_B, List.of(), "auditor");
        assertThat(Http.get(boardUrl(BOARD_A), auditorB).status()).isEqualTo(404);
        assertThat(Http.get(boardUrl(BOARD_A), coordinator("12AB00")).status()).isEqualTo(403);
        assertThat(Http.get(boardUrl(BOARD_A) + "?sort=mood", admin).status()).isEqualTo(400);
    }

    Http.Response asOf(String school, String moment, String token) {
        return Http.get("http://127.0.0.1:" + port + "/api/schools/" + school + "/dashboard?asOf=" + moment, token);
    }

    @Test
    void the_lag_between_an_event_and_its_application_is_a_metric_for_operators_only() {
        String id = UUID.randomUUID().toString();
        sendAndAwait("12AD00", Category.THEFT_VANDALISM, id,
                PublishedEvents.incidentReported(BOARD_A, "12AD00", Category.THEFT_VANDALISM, id));
        String url = "http://127.0.0.1:" + port + "/actuator/metrics/koers.projection.lag";
        String operator = TestTokens.issuer().token("ops", null, List.of(), "platform-admin");
        Http.Response metric = Http.get(url, operator);
        assertThat(metric.status()).isEqualTo(200);
        assertThat(metric.body()).contains("\"name\":\"koers.projection.lag\"", "\"statistic\":\"COUNT\"");
        String admin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        assertThat(Http.get(url, admin).status()).isEqualTo(403);
        assertThat(Http.get(url, null).status()).isEqualTo(401);
    }

    String boardUrl(String board) {
        return "http://127.0.0.1:" + port + "/api/boards/" + board + "/dashboard";
    }

    @Test
    void the_dashboard_needs_a_token_and_shows_nothing_of_another_board() {
        assertThat(dashboard("12AB00", null).status()).isEqualTo(401);
        String boardB = TestTokens.issuer().token("admin-b", BOARD_B, List.of(), "board-admin");
        Http.Response other = dashboard("12AB00", boardB);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body()).doesNotContain("BULLYING");
        assertThat(dashboard("99ZZ00", coordinator("12AB00")).status()).isEqualTo(404);
        assertThat(dashboard("12AC00", coordinator("12AB00")).status()).isEqualTo(403);
        String admin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        assertThat(dashboard("12AE00", admin).status()).isEqualTo(200);
    }
}
