package nl.koers.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the local platform keeps its files. Everything it writes lives under {@code .koers/} in the
 * repository root (gitignored), so a reset is one {@code rm -rf} and a second start finds its data.
 */
public record LocalLayout(Path root) {

    public LocalLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The repository root from {@code -Dkoers.root} (set by run-local.sh), else the working directory. */
    public static LocalLayout fromSystemProperties() {
        return new LocalLayout(Path.of(System.getProperty("koers.root", "")));
    }

    public Path home() { return root.resolve(".koers"); }
    public Path logs() { return home().resolve("logs"); }
    public Path log(String name) { return logs().resolve(name + ".log"); }
    public Path conf() { return home().resolve("conf"); }
    public Path pgData() { return home().resolve("pgdata"); }
    public Path kafkaData() { return home().resolve("kafka"); }
    public Path keycloakHome() { return home().resolve("keycloak-" + keycloakVersion()); }
    public Path realmFile() { return root.resolve("deploy/keycloak/koers-realm.json"); }
    public Path serviceJar(String module) { return root.resolve(module).resolve("target").resolve(module + ".jar"); }

    /** The Keycloak version comes from the root pom (filtered into koers-deploy.properties at build time). */
    public static String keycloakVersion() {
        try (InputStream in = LocalLayout.class.getResourceAsStream("/koers-deploy.properties")) {
            if (in == null) throw new IllegalStateException("koers-deploy.properties missing: build the deploy module first");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
