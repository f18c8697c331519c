package nl.koers.deploy.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the child processes of the launcher (Kafka, Keycloak, the services). */
final class Processes {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static boolean refusing;

    private Processes() {}

    /** The java binary of this JVM: children run on the same JDK the launcher was given. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts a command with stdout and stderr appended to {@code logFile}. The child gets its own session
     * (setsid) so that Ctrl-C in the terminal reaches only the launcher, which then stops the children in
     * order (services before the infrastructure they need) instead of all of them at once.
     */
    static synchronized Process start(List<String> command, Map<String, String> env, Path logFile) {
        if (refusing) throw new IllegalStateException("shutting down: not starting " + command.getFirst());
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) full.add(SETSID.toString());
        full.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            // Logs are appended across runs: a header makes each run findable.
            Files.writeString(logFile, "%n==== koers: %s starting %s%n".formatted(Instant.now(), command.getFirst()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.getFirst(), e);
        }
    }

    /** From now on {@link #start} refuses: a shutdown hook is sweeping up and must not miss a late child. */
    static synchronized void refuseNewProcesses() {
        refusing = true;
    }

    /** Graceful stop: SIGTERM, wait, then SIGKILL the process and whatever it started (kc.sh runs java as a child). */
    static void stop(Process process, Duration grace) {
        if (!process.isAlive()) return;
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
            }
            for (ProcessHandle d : descendants) {
                d.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        }
    }

    /** Hard stop of a process and its descendants; waits for the exit. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last {@code lines} lines of a log file, for error messages (reads at most the last 64 KB). */
    static String tail(Path logFile, int lines) {
        try (var file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
