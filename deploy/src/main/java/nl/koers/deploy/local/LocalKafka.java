package nl.koers.deploy.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A single Kafka broker in KRaft mode (broker and controller in one node), run as a separate JVM
 * ({@code kafka.Kafka}) on the launcher's classpath. Its log directory lives under .koers and retention
 * is unlimited: the topics are the replayable history the read models are rebuilt from.
 */
public final class LocalKafka implements AutoCloseable {

    /** One topic per bounded context; the key is the aggregate id. */
    public static final List<String> TOPICS = List.of(
            "koers.incident.events", "koers.plan.events", "koers.survey.events",
            "koers.training.events", "koers.tenant.events");

    private static final int PARTITIONS = 3;
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final String bootstrapServers;
    private final Path logFile;

    private LocalKafka(Process process, String bootstrapServers, Path logFile) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
    }

    /** Writes the configuration, formats the storage on first use, starts the broker and waits until it answers. */
    public static LocalKafka start(int brokerPort, int controllerPort, Path dataDirectory, Path confDirectory,
                                   Path logFile, String classpath, Duration timeout) {
        Path serverProperties = confDirectory.resolve("kafka-server.properties");
        Path log4j = confDirectory.resolve("kafka-log4j2.properties");
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(confDirectory);
            Files.writeString(serverProperties, serverProperties(brokerPort, controllerPort, dataDirectory));
            Files.writeString(log4j, LOG4J);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> jvm = List.of(Processes.java(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4j.toUri(), "-cp", classpath);
        if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
            format(jvm, serverProperties, logFile);
        }
        Process process = Processes.start(concat(jvm, "kafka.Kafka", serverProperties.toString()), Map.of(), logFile);
        LocalKafka kafka = new LocalKafka(process, "127.0.0.1:" + brokerPort, logFile);
        kafka.awaitReady(timeout);
        return kafka;
    }

    public String bootstrapServers() { return bootstrapServers; }

    /** Creates the topics that do not exist yet: 3 partitions, replication 1, retention unlimited. */
    public void createTopics(List<String> names) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream().filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1).configs(Map.of("retention.ms", "-1")))
                    .toList();
            if (!missing.isEmpty()) admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the Kafka topics: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        Processes.stop(process, STOP_GRACE);
    }

    private static void format(List<String> jvm, Path serverProperties, Path logFile) {
        // --standalone makes this node the single voter of a dynamic KRaft quorum.
        Process format = Processes.start(concat(jvm, "kafka.tools.StorageTool", "format", "--standalone",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties.toString()), Map.of(), logFile);
        try {
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                Processes.kill(format);
                throw new IllegalStateException("formatting the Kafka storage failed. Last lines of " + logFile + ":"
                        + System.lineSeparator() + Processes.tail(logFile, 40));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) throw failure("exited with code " + process.exitValue());
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    Processes.sleep(Duration.ofMillis(250));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
        throw failure("did not answer on " + bootstrapServers + " within " + timeout.toSeconds() + " s");
    }

    private IllegalStateException failure(String what) {
        Processes.kill(process);
        return new IllegalStateException("Kafka " + what + ". Last 40 lines of " + logFile + ":"
                + System.lineSeparator() + Processes.tail(logFile, 40));
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    private static List<String> concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Arrays.stream(tail)).toList();
    }

    private static String serverProperties(int brokerPort, int controllerPort, Path dataDirectory) {
        return """
                # Written by the Koers launcher on every start; edit LocalKafka.java instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                # Topics are created explicitly (by the launcher, later by the deployment), never by a typo.
                auto.create.topics.enable=false
                # Unlimited retention: the topics are the history read models are rebuilt from.
                log.retention.ms=-1
                log.retention.bytes=-1
                # A single broker: every internal topic has one replica.
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # Consumers of a fresh group start at once instead of waiting 3 s for more members.
                group.initial.rebalance.delay.ms=0
                """.formatted(brokerPort, controllerPort, dataDirectory.toAbsolutePath());
    }

    private static final String LOG4J = """
            # Written by the Koers launcher: the broker logs to stdout, which goes to .koers/logs/kafka.log.
            appender.console.type=Console
            appender.console.name=STDOUT
            appender.console.layout.type=PatternLayout
            appender.console.layout.pattern=[%d] %p %m (%c)%n
            rootLogger.level=INFO
            rootLogger.appenderRef.stdout.ref=STDOUT
            logger.state.name=state.change.logger
            logger.state.level=WARN
            logger.request.name=kafka.request.logger
            logger.request.level=WARN
            """;
}
