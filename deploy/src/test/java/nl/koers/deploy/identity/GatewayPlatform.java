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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.koers.deploy.TestKeycloak;
import nl.koers.deploy.local.LocalKeycloak;
import nl.koers.deploy.local.ServiceProcess;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;

/**
 * The real thing behind a browser: Keycloak (the run command's distribution and realm), the services validating
 * Keycloak's tokens, and the gateway in front, each service a JVM from its jar. The gateway runs on a free port;
 * Keycloak is told to accept that port as a redirect address of koers-gateway. {@link #start()} runs incident- and
 * projection-service (the login tests); {@link #start(String, Set)} any set of services (the web UI tests run all).
 */
public final class GatewayPlatform implements AutoCloseable {
    private static final Path ROOT = Path.of(System.getProperty("koers.root", "..")).toAbsolutePath().normalize();
    private static final Path LOGS = ROOT.resolve("deploy/target/e2e-logs");

    /** A service behind the gateway: its module, its database and the gateway property that points at it. */
    public enum Service {
        INCIDENT("incident-service", "incident"), PROJECTION("projection-service", "projection"),
        PLAN("plan-service", "plan"), SURVEY("survey-service", "survey"), TRAINING("training-service", "training"),
        TENANT("tenant-service", "tenant");

        final String module;
        final String key;

        Service(String module, String key) {
            this.module = module;
            this.key = key;
        }
    }

    public final LocalKeycloak keycloak;
    final KeycloakAdmin admin;
    public final String kafka = TestKafka.bootstrapServers();
    private final String prefix;
    private final Set<Service> services;
    private final Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);
    private ServiceProcess gateway;
    private URI gatewayUri;
    public double gatewayStartSeconds;

    private GatewayPlatform(LocalKeycloak keycloak, String prefix, Set<Service> services) {
        this.keycloak = keycloak;
        this.admin = new KeycloakAdmin(keycloak);
        this.prefix = prefix;
        this.services = services;
    }

    static GatewayPlatform start() {
        return start("gw", EnumSet.of(Service.INCIDENT, Service.PROJECTION));
    }

    /** {@code prefix} keeps the databases, consumer groups, jar copies and logs apart from other platforms in the JVM. */
    public static GatewayPlatform start(String prefix, Set<Service> services) {
        GatewayPlatform platform = new GatewayPlatform(TestKeycloak.get(), prefix, services);
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
        gatewayUri = URI.create("http://localhost:" + gatewayPort);
        admin.allowRedirect("koers-gateway", gatewayUri + "/*");
        Map<String, String> gatewayProperties = new HashMap<>(Map.of(
                "server.port", String.valueOf(gatewayPort),
                "koers.gateway.issuer-uri", keycloak.issuer()));
        Map<Service, CompletableFuture<ServiceProcess>> starting = new EnumMap<>(Service.class);
        // Three at a time: not the common pool (on two cores it runs one task at a time), and not all at once (seven
        // JVMs starting together on a busy two-core machine each miss their health timeout).
        ExecutorService starter = Executors.newFixedThreadPool(3);
        for (Service service : services) {
            int port = freePort();
            gatewayProperties.put("koers.gateway.services." + service.key, "http://127.0.0.1:" + port);
            starting.put(service, CompletableFuture.supplyAsync(() -> service(service, port), starter));
        }
        starter.shutdown();
        RuntimeException failure = null;
        try {
            long begin = System.nanoTime();
            gateway = ServiceProcess.start("gateway", jar("gateway"), gatewayPort, gatewayProperties,
                    LOGS.resolve(prefix + "-gateway.log"), Duration.ofSeconds(180));
            gatewayStartSeconds = (System.nanoTime() - begin) / 1e9;
        } catch (RuntimeException e) {
            failure = e;
        }
        for (var entry : starting.entrySet()) {
            try {
                running.put(entry.getKey(), entry.getValue().join());
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) throw failure; // start() stops whatever did start
    }

    private ServiceProcess service(Service service, int port) {
        String database = prefix + "_" + service.key;
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties(database, kafka));
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer()); // Keycloak's tokens, not the test issuer's
        if (service == Service.PROJECTION) {
            // The handling of each event is logged (type and id only) with its trace: the end-to-end trace test reads it.
            properties.put("logging.level.nl.koers.projection.intake.EventIntake", "DEBUG");
        }
        if (service == Service.TENANT) {
            // Provisioning into the same Keycloak with the realm's service account, as the run command does.
            properties.put("koers.provisioning.server-url", keycloak.baseUrl());
            properties.put("koers.provisioning.realm", LocalKeycloak.REALM);
            properties.put("koers.provisioning.client-id", "koers-provisioning");
            properties.put("koers.provisioning.client-secret", "koers-provisioning-dev-secret");
            properties.put("koers.invitations.base-url", gatewayUri.toString());
        }
        return ServiceProcess.start(service.module, jar(service.module), port, properties,
                LOGS.resolve(prefix + "-" + service.module + ".log"), Duration.ofSeconds(300));
    }

    /** Publishes the school's tenant event, as the tenant context does; the services learn it from Kafka. */
    public void onboard(String board, String school) {
        TenantFixtures.onboardSchool(kafka, board, school, 300);
    }

    /** The log file of a running service (JSON lines, ADR 0070). */
    public java.nio.file.Path log(Service service) {
        return running.get(service).logFile();
    }

    public URI gateway(String path) {
        return gatewayUri.resolve(path);
    }

    @Override
    public void close() {
        if (gateway != null) gateway.stop();
        running.values().parallelStream().forEach(ServiceProcess::stop);
    }

    /**
     * A private copy of the module's jar: the working tree's jar can be rebuilt while the test runs (another build in
     * the same checkout), and a running JVM whose jar is replaced fails to load its next class.
     */
    private Path jar(String module) {
        Path built = ROOT.resolve(module + "/target/" + module + ".jar");
        try {
            Path copy = Files.createDirectories(ROOT.resolve("deploy/target/e2e-jars/" + prefix)).resolve(module + ".jar");
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
