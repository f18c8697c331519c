package nl.koers.plan;

import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every plan integration test shares (same database, same configuration: Spring caches it),
 * against the JVM's real PostgreSQL and Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlanIntegrationTest {
    private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "plan_it");
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Events a person caused (the duty evaluation appends its own, asynchronously, and is left out). */
    protected long stored() {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type not like '%DutiesEvaluated'", Long.class);
    }

    protected Http.Response put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    protected Http.Response patch(String path, String token, String json) {
        return send("PATCH", path, token, json);
    }

    protected Http.Response delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    protected Http.Response send(String method, String path, String token, String json) {
        return Http.send(method, url(path), token, json);
    }

    protected byte[] getBytes(String path, String token) {
        return Http.bytes(url(path), token);
    }

    protected static tools.jackson.databind.JsonNode json(Http.Response response) {
        return JSON.readTree(response.body());
    }

    protected static String field(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }
}
