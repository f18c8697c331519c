package nl.koers.projection;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.security.SecurityMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every projection endpoint × every role × own school / other school / other board, from docs/security.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "projection_matrix");
    }

    @LocalServerPort
    int port;

    /** A record of board A in the trail (its onboarding, not an incident: other test classes count those). */
    static String record;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory, @Autowired JdbcTemplate jdbc) {
        SecurityMatrix.onboardTargets(directory);
        await().atMost(PublishedEvents.CATCH_UP).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where board_id = ?", Long.class, SecurityMatrix.BOARD_A) > 0);
        record = jdbc.queryForObject("select min(record_id) from audit_entry where board_id = ?", String.class,
                SecurityMatrix.BOARD_A);
    }

    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        UUID finished = UUID.randomUUID();
        jdbc.update("insert into projection_rebuild (id, requested_by, status, started_at, finished_at, total_events,"
                + " applied_events, equal_to_live) values (?, 'operator', 'SWITCHED', now(), now(), 0, 0, true)", finished);
        return SecurityMatrix.tests("projection-service", call -> {
            String url = "http://127.0.0.1:" + port + call.path().replace("{rebuildId}", finished.toString())
                    .replace("{recordId}", record);
            if (!call.rule().method().equals("POST")) {
                return Http.get(url, call.token());
            }
            // One rebuild at a time: the next allowed start waits (with a deadline) until the previous one switched.
            await().atMost(PublishedEvents.CATCH_UP).until(() -> jdbc.queryForObject(
                    "select count(*) from projection_rebuild where status = 'RUNNING'", Long.class) == 0);
            return Http.post(url, call.token(), "");
        });
    }
}
