package nl.koers.deploy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import nl.koers.deploy.e2e.Spine;
import nl.koers.platform.test.TestPostgres;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Time from {@code POST /incidents} until the school dashboard shows the report, one report at a time, over the
 * whole spine (HTTP, aggregate, event store, outbox publisher, Kafka, projection transaction, dashboard query).
 * In the same run, two raw baselines on the same broker and database: a Kafka produce-to-consume round trip
 * (acks=all) and a PostgreSQL insert of one incident row. Run with {@code ./koers bench}; not a test.
 */
public final class ReportToDashboardBenchmark {
    private static final String SCHOOL = "12AB00";
    private static long[] posts;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int warmup = Math.max(100, n / 5);
        try (Spine spine = Spine.start("bench")) {
            spine.onboard(SCHOOL);
            koers(spine, warmup);
            long[] koers = koers(spine, n);
            long[] published = published(spine, n);
            rawKafka(spine.kafka(), warmup);
            long[] kafka = rawKafka(spine.kafka(), n);
            rawPostgres(warmup);
            long[] postgres = rawPostgres(n);
            report(n, koers, published, kafka, postgres);
        }
        System.exit(0);
    }

    private static long[] koers(Spine spine, int n) {
        long[] latencies = new long[n];
        long shown = spine.count(SCHOOL, "BULLYING");
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            if (spine.report(SCHOOL, "BULLYING").status() != 201) {
                throw new IllegalStateException("report refused");
            }
            shown++;
            while (spine.count(SCHOOL, "BULLYING") < shown) {
                LockSupport.parkNanos(200_000); // poll every 0.2 ms without starving the services of CPU
            }
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    /** The first half of the spine: from the POST until the event is on the topic (outbox publication). */
    private static long[] published(Spine spine, int n) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, spine.kafka(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long[] latencies = new long[n];
        posts = new long[n];
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("koers.incident.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                String body = spine.report(SCHOOL, "BULLYING").body();
                posts[i] = System.nanoTime() - start;
                String id = body.replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
                boolean seen = false;
                while (!seen) {
                    for (var record : consumer.poll(Duration.ofMillis(50))) {
                        seen |= id.equals(record.key());
                    }
                }
                latencies[i] = System.nanoTime() - start;
            }
        }
        return latencies;
    }

    private static long[] rawKafka(String bootstrap, int n) throws Exception {
        String topic = "bench.raw." + UUID.randomUUID();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1);
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long[] latencies = new long[n];
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
             var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            String payload = Spine.REPORT.formatted("BULLYING");
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), payload)).get();
                while (consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                    // until the record arrives
                }
                latencies[i] = System.nanoTime() - start;
            }
        }
        return latencies;
    }

    private static long[] rawPostgres(int n) throws Exception {
        String url = TestPostgres.database("bench_raw");
        long[] latencies = new long[n];
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "")) {
            c.createStatement().execute("""
                    create table if not exists raw_incident (id uuid primary key, school_id varchar(6),
                      occurred_at timestamptz, location varchar(20), category varchar(40), severity varchar(10),
                      description text)""");
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into raw_incident values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long start = System.nanoTime();
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, SCHOOL);
                    insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-11-20T10:15:00Z")));
                    insert.setString(4, "PLAYGROUND");
                    insert.setString(5, "BULLYING");
                    insert.setString(6, "MEDIUM");
                    insert.setString(7, "In de pauze werd een leerling uitgescholden en geduwd.");
                    insert.executeUpdate(); // autocommit: one durable transaction, like one report
                    latencies[i] = System.nanoTime() - start;
                }
            }
        }
        return latencies;
    }

    private static void report(int n, long[] koers, long[] published, long[] kafka, long[] postgres) {
        double kp50 = ms(pct(koers, 50)), kp99 = ms(pct(koers, 99));
        double ap50 = ms(pct(kafka, 50)), ap99 = ms(pct(kafka, 99));
        double pp50 = ms(pct(postgres, 50)), pp99 = ms(pct(postgres, 99));
        System.out.println();
        System.out.printf("Report -> dashboard, %d reports one at a time (%s, %d cores)%n", n,
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-44s %9s %9s %9s%n", "", "p50 ms", "p99 ms", "mean ms");
        System.out.printf("%-44s %9.2f %9.2f %9.2f%n", "Koers: POST report -> dashboard shows it", kp50, kp99, mean(koers));
        System.out.printf("%-44s %9.2f %9.2f %9.2f%n", "  of which: POST answered (201, stored)", ms(pct(posts, 50)),
                ms(pct(posts, 99)), mean(posts));
        System.out.printf("%-44s %9.2f %9.2f %9.2f%n", "  of which: POST report -> event on Kafka", ms(pct(published, 50)),
                ms(pct(published, 99)), mean(published));
        System.out.printf("%-44s %9.2f %9.2f %9.2f%n", "raw Kafka produce -> consume (acks=all)", ap50, ap99, mean(kafka));
        System.out.printf("%-44s %9.2f %9.2f %9.2f%n", "raw PostgreSQL insert (one transaction)", pp50, pp99, mean(postgres));
        System.out.printf("%-44s %9.1f %9.1f%n", "ratio Koers / raw Kafka", kp50 / ap50, kp99 / ap99);
        System.out.printf("%-44s %9.1f %9.1f%n", "ratio Koers / (raw Kafka + raw insert)", kp50 / (ap50 + pp50),
                kp99 / (ap99 + pp99));
    }

    private static long pct(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double mean(long[] values) {
        return ms((long) Arrays.stream(values).average().orElse(0));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private ReportToDashboardBenchmark() {
    }
}
