package nl.koers.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its server distribution (unpacked under .koers by run-local.sh) in dev mode, with the
 * koers realm imported on first start. Dev mode keeps its H2 database in the distribution's data/
 * directory, so users created later (tenant onboarding) survive a restart.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "koers";
    /**
     * One host name everywhere: in dev mode the token issuer follows the host a client calls, and the
     * services validate exactly this issuer. --hostname pins it to localhost.
     */
    public static final String HOST = "localhost";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path logFile;

    private LocalKeycloak(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Copies the realm into data/import, starts kc.sh start-dev and waits until the realm's discovery document answers. */
    public static LocalKeycloak start(Path keycloakHome, Path realmFile, int port, Path logFile, Duration timeout) {
        Path kcSh = keycloakHome.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh)) {
            throw new IllegalStateException("no Keycloak at " + keycloakHome + " (run-local.sh unpacks it; run ./koers run)");
        }
        stageRealm(keycloakHome, realmFile);
        String url = "http://" + HOST + ":" + port;
        List<String> command = List.of(kcSh.toString(), "start-dev",
                "--http-port", String.valueOf(port), "--http-host", "127.0.0.1",
                "--hostname", url, "--import-realm");
        String javaHome = System.getProperty("java.home");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_HOME", javaHome,
                "PATH", javaHome + "/bin:" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        LocalKeycloak keycloak = new LocalKeycloak(Processes.start(command, env, logFile), port, logFile);
        keycloak.awaitRealm(timeout);
        markImported(keycloakHome, realmFile);
        return keycloak;
    }

    public String baseUrl() { return "http://" + HOST + ":" + port; }
    public String issuer() { return baseUrl() + "/realms/" + REALM; }
    public String adminConsole() { return baseUrl() + "/admin/master/console/#/" + REALM; }
    public String tokenEndpoint() { return issuer() + "/protocol/openid-connect/token"; }

    @Override
    public void close() {
        Processes.stop(process, STOP_GRACE); // kc.sh forwards SIGTERM to its java child
    }

    /**
     * --import-realm skips a realm that already exists, so an edited realm file is not applied to an
     * existing Keycloak database: say so instead of silently running the old realm. The marker holds the
     * hash of the realm file that was last served successfully.
     */
    private static void stageRealm(Path keycloakHome, Path realmFile) {
        try {
            Path imported = keycloakHome.resolve("data/import").resolve(realmFile.getFileName());
            Path marker = importedMarker(keycloakHome);
            if (Files.exists(marker) && !Files.readString(marker).equals(sha256(realmFile))) {
                System.out.println("koers: WARNING " + realmFile + " changed since Keycloak imported it; the running realm"
                        + " is the old one. To re-import (drops users created since): rm -rf " + keycloakHome.resolve("data"));
            }
            Files.createDirectories(imported.getParent());
            Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the realm file " + realmFile, e);
        }
    }

    private static void markImported(Path keycloakHome, Path realmFile) {
        try {
            Path marker = importedMarker(keycloakHome);
            if (!Files.exists(marker)) Files.writeString(marker, sha256(realmFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path importedMarker(Path keycloakHome) {
        return keycloakHome.resolve("data/koers-realm.imported.sha256");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitRealm(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw failure("exited with code " + process.exitValue());
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            Processes.sleep(Duration.ofSeconds(1));
        }
        throw failure("did not serve " + discovery.uri() + " within " + timeout.toSeconds() + " s");
    }

    private IllegalStateException failure(String what) {
        Processes.kill(process);
        return new IllegalStateException("Keycloak " + what + ". Last 40 lines of " + logFile + ":"
                + System.lineSeparator() + Processes.tail(logFile, 40));
    }
}
