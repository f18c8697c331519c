package nl.koers.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The run command: starts PostgreSQL, Kafka and Keycloak as local processes, seeds the demo data, starts
 * the services, prints where everything is, and on Ctrl-C stops it all in reverse order. State stays
 * under .koers/, so a second start continues where the first stopped.
 */
public final class LocalPlatform {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final int KEYCLOAK_PORT = 18080;
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

    private final LocalLayout layout;
    private final long startedAt = System.nanoTime();
    private volatile boolean stopping;
    private volatile LocalPostgres postgres;
    private volatile LocalKafka kafka;
    private volatile LocalKeycloak keycloak;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());

    LocalPlatform(LocalLayout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) throws InterruptedException {
        LocalPlatform platform = new LocalPlatform(LocalLayout.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "koers-stop"));
        try {
            platform.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("koers: FAILED: " + (e instanceof CompletionException ? e.getCause() : e).getMessage());
            System.exit(1); // the shutdown hook stops whatever did start
        }
        System.out.println(Summary.render(platform.layout, platform.postgres, platform.kafka, platform.keycloak,
                platform.servicesInSpecOrder(), platform.uptimeSeconds()));
        Thread.currentThread().join(); // until Ctrl-C
    }

    void start() {
        requirePortsFree();
        try {
            Files.createDirectories(layout.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Keycloak is the slowest (30-60 s): it starts alongside PostgreSQL and Kafka.
        CompletableFuture<LocalKeycloak> keycloakStarting = CompletableFuture.supplyAsync(() -> timed("Keycloak",
                () -> LocalKeycloak.start(layout.keycloakHome(), layout.realmFile(), KEYCLOAK_PORT,
                        layout.log("keycloak"), KEYCLOAK_TIMEOUT),
                k -> k.baseUrl() + " (realm " + LocalKeycloak.REALM + " at " + k.issuer() + ")"));
        postgres = timed("PostgreSQL",
                () -> LocalPostgres.start(POSTGRES_PORT, layout.pgData(), layout.log("postgres"), LocalPostgres.DATABASES),
                pg -> "127.0.0.1:" + pg.port() + ", databases " + String.join(", ", LocalPostgres.DATABASES));
        kafka = timed("Kafka", () -> LocalKafka.start(KAFKA_PORT, KAFKA_CONTROLLER_PORT, layout.kafkaData(), layout.conf(),
                        layout.log("kafka"), System.getProperty("java.class.path"), KAFKA_TIMEOUT),
                k -> k.bootstrapServers());
        kafka.createTopics(LocalKafka.TOPICS);
        timed("Demo data", () -> {
            DemoData.seed(kafka.bootstrapServers(), layout.home());
            return "";
        }, ignored -> "seeded");
        keycloak = keycloakStarting.join();
        startServices();
    }

    private void startServices() {
        // In parallel: each Spring Boot service needs 12-15 s of mostly CPU; together they overlap I/O waits.
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> starting = new ArrayList<>();
            for (ServiceSpec spec : ServiceSpec.ALL) {
                if (!Files.isRegularFile(layout.serviceJar(spec.module()))) {
                    System.out.println("koers: WARNING skipping " + spec.name() + ": no jar at " + layout.serviceJar(spec.module())
                            + " (run-local.sh builds it unless KOERS_SKIP_BUILD=1)");
                    continue;
                }
                starting.add(executor.submit(() -> startService(spec)));
            }
            for (Future<?> future : starting) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void startService(ServiceSpec spec) {
        ServiceProcess service = timed(spec.name(), () -> ServiceProcess.start(spec.name(), layout.serviceJar(spec.module()),
                spec.port(), serviceProperties(spec), layout.log(spec.name()), SERVICE_TIMEOUT), s -> s.baseUrl());
        services.add(service);
        service.exited().thenRun(() -> {
            if (!stopping) System.out.println("koers: WARNING " + spec.name() + " stopped unexpectedly; see " + service.logFile());
        });
    }

    /** Services start in parallel and register as they become healthy; the summary lists them as specified. */
    List<ServiceProcess> servicesInSpecOrder() {
        List<String> names = ServiceSpec.ALL.stream().map(ServiceSpec::name).toList();
        return services.stream().sorted(Comparator.comparingInt(s -> names.indexOf(s.name()))).toList();
    }

    private Map<String, String> serviceProperties(ServiceSpec spec) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(spec.port()));
        if (spec.database() == null) return gatewayProperties(properties);
        properties.put("spring.datasource.url", postgres.jdbcUrl(spec.database()));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer());
        return properties;
    }

    /** The gateway: Keycloak's issuer and every service's address, as koers.gateway.services.<name without -service>. */
    private Map<String, String> gatewayProperties(Map<String, String> properties) {
        properties.put("koers.gateway.issuer-uri", keycloak.issuer());
        ServiceSpec.ALL.stream().filter(service -> service.database() != null).forEach(service -> properties.put(
                "koers.gateway.services." + service.name().replace("-service", ""), "http://127.0.0.1:" + service.port()));
        return properties;
    }

    private void requirePortsFree() {
        try {
            Ports.requireFree(POSTGRES_PORT, "PostgreSQL");
            Ports.requireFree(KAFKA_PORT, "Kafka broker");
            Ports.requireFree(KAFKA_CONTROLLER_PORT, "Kafka controller");
            Ports.requireFree(KEYCLOAK_PORT, "Keycloak");
            ServiceSpec.ALL.forEach(spec -> Ports.requireFree(spec.port(), spec.name()));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + leftoversHint(), e);
        }
    }

    /**
     * A launcher killed with SIGKILL cannot stop its children. Name the processes that look like ours
     * (they run from .koers or a service jar of this checkout) so the user can stop them.
     */
    private String leftoversHint() {
        String home = layout.home() + "/";
        List<String> jars = ServiceSpec.ALL.stream().map(spec -> layout.serviceJar(spec.module()).toString()).toList();
        List<ProcessHandle> ours = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().filter(cmd -> cmd.contains(home) || jars.stream().anyMatch(cmd::contains)).isPresent())
                .toList();
        if (ours.isEmpty()) return "";
        StringBuilder hint = new StringBuilder(System.lineSeparator() + "These processes look like a previous run of this checkout:");
        ours.forEach(p -> hint.append(System.lineSeparator()).append("  ").append(p.pid()).append("  ")
                .append(p.info().commandLine().map(cmd -> cmd.length() > 110 ? cmd.substring(0, 110) + "..." : cmd).orElse("")));
        hint.append(System.lineSeparator()).append("Stop them with: kill ")
                .append(String.join(" ", ours.stream().map(p -> String.valueOf(p.pid())).toList()));
        return hint.toString();
    }

    /** Stops everything this launcher started, services first, PostgreSQL last; then sweeps up stragglers. */
    void stop() {
        stopping = true;
        Processes.refuseNewProcesses();
        if (postgres == null && ProcessHandle.current().children().findAny().isEmpty()) return; // nothing started
        System.out.println();
        System.out.println("koers: stopping ...");
        // The services do not depend on each other: stop them together (each may take seconds to drain).
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List.copyOf(services).forEach(service -> executor.submit(() -> quietly(service.name(), service::stop)));
        }
        if (keycloak != null) quietly("Keycloak", keycloak::close);
        if (kafka != null) quietly("Kafka", kafka::close);
        if (postgres != null) quietly("PostgreSQL", postgres::close);
        sweepLeftovers();
        System.out.println("koers: stopped. Data stays in " + layout.home() + ".");
    }

    /** A child still starting when Ctrl-C came is not registered yet: stop every descendant that is left. */
    private static void sweepLeftovers() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : left) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static void quietly(String what, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            System.err.println("koers: stopping " + what + ": " + e.getMessage());
        }
    }

    private <T> T timed(String what, Supplier<T> start, Function<T, String> where) {
        long begin = System.nanoTime();
        T started = start.get();
        System.out.printf("koers: %-19s ready in %5.1f s  %s%n", what, seconds(begin), where.apply(started));
        return started;
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    double uptimeSeconds() {
        return seconds(startedAt);
    }
}
