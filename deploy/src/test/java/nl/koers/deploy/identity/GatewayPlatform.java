package nl.koers.deploy.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.koers.deploy.TestKeycloak;
import nl.koers.deploy.local.LocalKeycloak;
import nl.koers.deploy.local.ServiceProcess;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;

/**
 * The real thing behind a browser: Keycloak (the run command's distribution and realm), incident-service and
 * projection-service validating Keycloak's tokens, and the gateway in front, each service a JVM from its jar. The
 * gateway runs on a free port; Keycloak is told to accept that port as a redirect address of koers-gateway.
 */
final class GatewayPlatform implements AutoCloseable {
    private static final Path ROOT = Path.of(System.getProperty("koers.root", "..")).toAbsolutePath().normalize();
    private static final Path LOGS = ROOT.resolve("deploy/target/e2e-logs");
    private static final String PREFIX = "gw";

    final LocalKeycloak keycloak;
    final KeycloakAdmin admin;
    final String kafka = TestKafka.bootstrapServers();
    private ServiceProcess incidents;
    private ServiceProcess projection;
    private ServiceProcess gateway;
    private URI gatewayUri;
    double gatewayStartSeconds;

    private GatewayPlatform(LocalKeycloak keycloak) {
        this.keycloak = keycloak;
        this.admin = new KeycloakAdmin(keycloak);
    }

    static GatewayPlatform start() {
        GatewayPlatform platform = new GatewayPlatform(TestKeycloak.get());
        try {
            Files.createDirectories(LOGS);
            platform.startProcesses();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void startProcesses() {
        // The services and the gateway start together: the gateway needs Keycloak only at the first login.
        int gatewayPort = freePort();
        int incidentPort = freePort();
        int projectionPort = freePort();
        gatewayUri = URI.create("http://localhost:" + gatewayPort);
        admin.allowRedirect("koers-gateway", gatewayUri + "/*");
        var incidentStarting = CompletableFuture.supplyAsync(() -> service("incident-service", "incident", incidentPort));
        var projectionStarting = CompletableFuture.supplyAsync(() -> service("projection-service", "projection", projectionPort));
        RuntimeException failure = null;
        try {
            long begin = System.nanoTime();
            gateway = ServiceProcess.start("gateway", jar("gateway"), gatewayPort, Map.of(
                    "server.port", String.valueOf(gatewayPort),
                    "koers.gateway.issuer-uri", keycloak.issuer(),
                    "koers.gateway.services.incident", "http://127.0.0.1:" + incidentPort,
                    "koers.gateway.services.projection", "http://127.0.0.1:" + projectionPort),
                    LOGS.resolve(PREFIX + "-gateway.log"), Duration.ofSeconds(120));
            gatewayStartSeconds = (System.nanoTime() - begin) / 1e9;
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            incidents = incidentStarting.join();
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        try {
            projection = projectionStarting.join();
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) throw failure; // start() stops whatever did start
    }

    private ServiceProcess service(String module, String database, int port) {
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties(PREFIX + "_" + database, kafka));
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer()); // Keycloak's tokens, not the test issuer's
        return ServiceProcess.start(module, jar(module), port, properties, LOGS.resolve(PREFIX + "-" + module + ".log"),
                Duration.ofSeconds(120));
    }

    /** Publishes the school's tenant event, as the tenant context does; the services learn it from Kafka. */
    void onboard(String board, String school) {
        TenantFixtures.onboardSchool(kafka, board, school, 300);
    }

    URI gateway(String path) {
        return gatewayUri.resolve(path);
    }

    @Override
    public void close() {
        for (ServiceProcess process : new ServiceProcess[] {gateway, incidents, projection}) {
            if (process != null) process.stop();
        }
    }

    /**
     * A private copy of the module's jar: the working tree's jar can be rebuilt while the test runs (another build in
     * the same checkout), and a running JVM whose jar is replaced fails to load its next class.
     */
    private static Path jar(String module) {
        Path built = ROOT.resolve(module + "/target/" + module + ".jar");
        try {
            Path copy = Files.createDirectories(ROOT.resolve("deploy/target/e2e-jars/" + PREFIX)).resolve(module + ".jar");
            Files.copy(built, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + built + " (build it first: ./mvnw install -DskipTests)", e);
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
