package nl.koers.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A service stopped in the middle of an import finishes it after the restart, with every school onboarded once. */
class ImportRestartIT {
    static final String BOARD = "46001";

    static ConfigurableApplicationContext start() {
        Map<String, String> properties = new HashMap<>(
                ServiceTestInfrastructure.properties("tenant_restart", TestKafka.bootstrapServers()));
        properties.put("server.port", "0");
        properties.put("koers.provisioning.enabled", "false");
        properties.put("koers.imports.workers", "1"); // slow enough to stop it half-way
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TenantServiceApplication.class).run(args);
    }

    static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void an_import_interrupted_by_a_restart_resumes_and_onboards_every_school_exactly_once() {
        String admin = TestTokens.issuer().token("admin", BOARD, List.of(), "board-admin");
        String location;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            location = Api.location(base(first) + "/api/boards/" + BOARD + "/schools/import", admin,
                    Api.schools("61", 300, 50));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() ->
                    jdbc.queryForObject("select count(*) from tenant_school where board_id = ?", Long.class, BOARD) > 10);
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            String progress = base(second) + location;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Http.get(progress, admin).body().contains("\"status\":\"COMPLETED\""));
            assertThat(Http.get(progress, admin).body()).contains("\"total\":300", "\"done\":300", "\"errors\":[]");
            List<Map<String, Object>> perSchool = jdbc.queryForList("""
                    select aggregate_identifier, count(*) as n from domain_event_entry
                    where payload_type = 'nl.koers.contracts.tenant.SchoolOnboarded' group by aggregate_identifier""");
            assertThat(perSchool).hasSize(300).allSatisfy(row -> assertThat(row.get("n")).isEqualTo(1L));
        }
    }
}
