package nl.koers.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.koers.deploy.local.LocalKeycloak;

/**
 * One real Keycloak per test JVM: the distribution the run command uses (unpacked by this module's build into
 * {@code target/test-keycloak}), started with a fresh data directory and the realm from {@code deploy/keycloak}.
 * Started on first use (30-60 s), stopped when the JVM exits.
 */
public final class TestKeycloak {
    private static final Path ROOT = Path.of(System.getProperty("koers.root", "..")).toAbsolutePath().normalize();
    private static LocalKeycloak keycloak;

    private TestKeycloak() {
    }

    public static synchronized LocalKeycloak get() {
        if (keycloak == null) {
            Path home = distribution();
            deleteRecursively(home.resolve("data")); // each test JVM starts from the realm file, nothing else
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keycloak = LocalKeycloak.start(home, ROOT.resolve("deploy/keycloak/koers-realm.json"), freePort(),
                    ROOT.resolve("deploy/target/e2e-logs/keycloak.log"), Duration.ofSeconds(480)); // first start on a busy 2-core machine: 4-6 min
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "test-keycloak-stop"));
        }
        return keycloak;
    }

    private static Path distribution() {
        Path unpacked = ROOT.resolve("deploy/target/test-keycloak");
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Keycloak under " + unpacked));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is unpacked by the deploy build (mvn -pl deploy test)", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
