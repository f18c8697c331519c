package nl.koers.incident;

import java.util.HashMap;
import java.util.Map;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An incident-service started and stopped by the test itself, for tests about restarts and outages. */
final class RunningIncidentService implements AutoCloseable {
    static final String VALID = IncidentApiIT.VALID;
    final ConfigurableApplicationContext context;

    private RunningIncidentService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningIncidentService start(String database, String kafkaBootstrap) {
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties(database, kafkaBootstrap));
        properties.put("server.port", "0");
        // Command-line arguments, not builder defaults: they must win over application.yml.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        RunningIncidentService service = new RunningIncidentService(
                new SpringApplicationBuilder(IncidentServiceApplication.class).run(args));
        // The school directory is filled from Kafka in production; these tests may start without a broker.
        service.context.getBean(SchoolDirectory.class).register(new BoardId("41001"), new SchoolId("12AB00"), "OBS", 300);
        return service;
    }

    String report() {
        String token = TestTokens.issuer().token("staff-a", "41001", java.util.List.of("12AB00"), "staff");
        String port = context.getEnvironment().getProperty("local.server.port");
        Http.Response created = Http.post("http://127.0.0.1:" + port + "/api/schools/12AB00/incidents", token, VALID);
        if (created.status() != 201) {
            throw new AssertionError("report failed: " + created);
        }
        return created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
    }

    @Override
    public void close() {
        context.close();
    }
}
