package nl.koers.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One Koers service (a Spring Boot jar) running as a child JVM. Used by the local launcher and by the
 * end-to-end tests, which also kill services on purpose to show that nothing is lost.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final int LOG_LINES_ON_FAILURE = 40;
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(String name, int port, Process process, Path logFile) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts `java <memory(name)> -Ddisable-axoniq-console-message=true -jar <jar> --k=v ...` (each property as a --k=v argument),
     *  stdout+stderr appended to logFile; waits until GET http://127.0.0.1:<port>/actuator/health answers 200 (timeout given);
     *  on timeout or early exit it destroys the process and throws IllegalStateException including the last 40 lines of the log. */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> properties, Path logFile, Duration timeout) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": no jar at " + jar + " (build it first: ./mvnw install -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(Processes.java()));
        command.addAll(memory(name));
        command.add("-Ddisable-axoniq-console-message=true");
        // For profiling a benchmark: -Dkoers.jvm.<name>="-XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile"
        // Several flags are separated by '|' (KOERS_BENCH_OPTS reaches the benchmark's JVM split at spaces).
        String extra = System.getProperty("koers.jvm." + name, "").strip();
        if (!extra.isEmpty()) command.addAll(List.of(extra.split("[\\s|]+")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        ServiceProcess service = new ServiceProcess(name, port, Processes.start(command, Map.of(), logFile), logFile);
        service.awaitHealthy(timeout);
        return service;
    }

    /**
     * A small heap and the serial collector: several services share two cores on a laptop. The projection gets the
     * heap it has in production (75 % of its 768Mi) and the parallel collector, as there (ADR 0068): a rebuild keeps
     * rows and deferred writes for seconds, and the serial collector's young pauses copying them took 4 s of a
     * 1,000,000-event rebuild.
     */
    public static List<String> memory(String name) {
        return name.equals("projection-service") ? List.of("-Xmx576m", "-XX:+UseParallelGC")
                : List.of("-Xmx384m", "-XX:+UseSerialGC");
    }

    public String name() { return name; }
    public int port() { return port; }
    public String baseUrl() { return "http://127.0.0.1:" + port; }

    /** CPU seconds this service's JVM has used so far (all its threads, JIT and GC included); for benchmarks. */
    public double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /** Graceful: SIGTERM (Process.destroy), wait up to 30 s, then destroyForcibly. */
    public void stop() {
        Processes.stop(process, STOP_GRACE);
    }

    /** destroyForcibly and wait for the exit: simulates a crash. */
    public void kill() {
        Processes.kill(process);
    }

    @Override
    public void close() {
        stop();
    }

    /** Completes when the process exits, for whatever reason (the launcher reports unexpected exits). */
    CompletableFuture<Process> exited() {
        return process.onExit();
    }

    /** Where the service writes (stdout and stderr; with JSON logs one object per line). */
    public Path logFile() { return logFile; }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue() + " before it was healthy");
            }
            if (answers200(http, health)) return;
            Processes.sleep(Duration.ofMillis(500));
        }
        throw failure("not healthy on " + health.uri() + " within " + timeout.toSeconds() + " s");
    }

    private static boolean answers200(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service", e);
        }
    }

    private IllegalStateException failure(String what) {
        Processes.kill(process);
        return new IllegalStateException(name + " " + what + ". Last " + LOG_LINES_ON_FAILURE + " lines of " + logFile + ":"
                + System.lineSeparator() + Processes.tail(logFile, LOG_LINES_ON_FAILURE));
    }
}
