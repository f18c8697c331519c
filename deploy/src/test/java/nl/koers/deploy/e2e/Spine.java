package nl.koers.deploy.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.deploy.local.ServiceProcess;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;

/**
 * incident-service and projection-service as separate JVMs (their real jars), on the test JVM's PostgreSQL and
 * Kafka broker and a local token issuer: the event spine end to end.
 */
public final class Spine implements AutoCloseable {
    public static final String BOARD = "41001";
    public static final String REPORT = """
            {"occurredAt":"2026-11-20T10:15:00Z","location":"PLAYGROUND","category":"%s",
             "severity":"MEDIUM","description":"In de pauze werd een leerling uitgescholden en geduwd."}""";
    private static final Path ROOT = Path.of(System.getProperty("koers.root", "..")).toAbsolutePath().normalize();
    // A service starts in 12-14 s on two cores; a machine shared with other builds may need longer (-Dkoers.e2e.start-seconds).
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("koers.e2e.start-seconds", 120));

    private final String kafka = TestKafka.bootstrapServers();
    private final String prefix;
    private final Path logs;
    public ServiceProcess incidents;
    public ServiceProcess projection;

    private Spine(String prefix) {
        this.prefix = prefix;
        this.logs = ROOT.resolve("deploy/target/e2e-logs");
    }

    /** Starts both services (in parallel: each takes 10-15 s on two cores). */
    public static Spine start(String databasePrefix) {
        Spine spine = new Spine(databasePrefix);
        try {
            Files.createDirectories(spine.logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var projection = java.util.concurrent.CompletableFuture.supplyAsync(spine::startProjection);
        spine.incidents = spine.service("incident-service", "incident");
        spine.projection = projection.join();
        return spine;
    }

    public ServiceProcess startProjection() {
        return service("projection-service", "projection");
    }

    private ServiceProcess service(String module, String database) {
        int port = freePort();
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties(prefix + "_" + database, kafka));
        properties.put("server.port", String.valueOf(port));
        // Extra service properties for a diagnostic run, e.g. -Dkoers.e2e.properties=logging.level.x=TRACE;a=b
        for (String pair : System.getProperty("koers.e2e.properties", "").split(";")) {
            if (pair.contains("=")) {
                properties.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return ServiceProcess.start(module, ROOT.resolve(module + "/target/" + module + ".jar"), port, properties,
                logs.resolve(prefix + "-" + module + ".log"), START_TIMEOUT);
    }

    /** Onboards the school through its tenant event and waits until both services know it. */
    public void onboard(String school) {
        TenantFixtures.onboardSchool(kafka, BOARD, school, 400);
        // Known school: the dashboard answers, and an unknown incident there is "incident not found", not "school".
        await().atMost(Duration.ofSeconds(60)).until(() -> dashboard(school).status() == 200
                && Http.get(incidents.baseUrl() + "/api/schools/" + school + "/incidents/"
                + java.util.UUID.randomUUID(), staff(school)).body().contains("\"field\":\"incidentId\""));
    }

    public String staff(String school) {
        return TestTokens.issuer().token("staff-" + school, BOARD, List.of(school), "staff");
    }

    public Http.Response report(String school, String category) {
        return Http.post(incidents.baseUrl() + "/api/schools/" + school + "/incidents", staff(school),
                REPORT.formatted(category));
    }

    public Http.Response dashboard(String school) {
        return Http.get(projection.baseUrl() + "/api/schools/" + school + "/dashboard", staff(school));
    }

    public long count(String school, String category) {
        Http.Response response = dashboard(school);
        if (response.status() != 200) {
            return -1;
        }
        return Long.parseLong(response.body().replaceAll(".*\"" + category + "\":(\\d+).*", "$1"));
    }

    public String kafka() {
        return kafka;
    }

    @Override
    public void close() {
        if (incidents != null) {
            incidents.stop();
        }
        if (projection != null) {
            projection.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
