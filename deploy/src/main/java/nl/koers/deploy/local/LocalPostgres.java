package nl.koers.deploy.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL from zonky's embedded binaries, with its data directory under .koers so that a second start
 * keeps the event stores and read models. One database per service (user postgres, no password).
 */
public final class LocalPostgres implements AutoCloseable {

    /** incident and projection are used today; the others are created now so later services just connect. */
    public static final List<String> DATABASES = List.of("incident", "projection", "plan", "survey", "training", "tenant");

    private final EmbeddedPostgres postgres;
    private final int port;

    private LocalPostgres(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static LocalPostgres start(int port, Path dataDirectory, Path logFile, List<String> databases) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)   // keep the data between runs
                    .setRegisterShutdownHook(false) // the launcher closes it, after the services that use it
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            LocalPostgres local = new LocalPostgres(postgres, port);
            local.createMissing(databases);
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start (see " + logFile + ")", e);
        }
    }

    public int port() { return port; }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void createMissing(List<String> databases) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
             Statement create = connection.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) create.execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the service databases: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
