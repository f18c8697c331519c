package nl.koers.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.deploy.local.ServiceProcess;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestPostgres;
import nl.koers.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Sustained anonymous answer intake, end to end: many pupils answer at once over HTTP against survey-service (its
 * real jar, own JVM) with many rounds and codes; each answer is checked, its code used up, the event stored, the
 * response row (the results) written, and the event published to Kafka by the outbox. Prints throughput, p50/p99 of
 * the POST (answered = stored and counted in the results), the lag until the event is on Kafka, and, in the same
 * run, the baseline of plain concurrent inserts of the same response rows into PostgreSQL, with the ratio.
 *
 * <p>Run on demand (not a test): build the jar ({@code ./mvnw -pl survey-service -am package -DskipTests}), then this
 * main class with deploy's test classpath, as {@code deploy/bench.sh} does. Arguments: answers (20000), concurrent
 * pupils (32), rounds (40).
 */
public final class SurveyIntakeBenchmark {
    private static final String BOARD = "41001";
    private static final Path ROOT = Path.of(System.getProperty("koers.root", "..")).toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("\"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5})\"");
    private static final String ANSWER = """
            {"answers":{"veilig-school":%1$d,"veilig-klas":4,"veilig-buiten":%1$d,"veilig-onderweg":4,"veilig-online":3,
             "fijn-school":%1$d,"fijn-klas":4,"vrienden":5,"erbij-horen":4,"mezelf-zijn":%1$d,"leraar-terecht":4,
             "leraar-aandacht":%1$d,"leraar-pesten":4,"leraar-eerlijk":5,"weet-bij-wie":1,"gepest":%2$d,
             "gepest-uitgescholden":1,"gepest-buitengesloten":2,"gepest-online":1,"zelf-gepest":1,"geweld":0,
             "bedreigd":0,"spullen":%3$d,"discriminatie":0,"ongewenst":0}}""";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int pupils = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int roundCount = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int warmup = Math.max(1_000, answers / 10);
        String kafka = TestKafka.bootstrapServers();
        ServiceProcess service = start(kafka);
        try {
            String base = service.baseUrl();
            List<String> schools = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                schools.add(String.format("%02dBE00", 10 + i));
                TenantFixtures.onboardSchool(kafka, BOARD, schools.get(i), 600);
            }
            String admin = TestTokens.issuer().token("bench-admin", BOARD, List.of(), "board-admin");
            List<String> rounds = openRounds(base, admin, schools, roundCount);
            System.out.printf("issuing %d codes in %d rounds...%n", answers + warmup, rounds.size());
            List<String> codes = issueCodes(base, admin, rounds, answers + warmup);
            Collections.shuffle(codes);

            KafkaWatch watch = KafkaWatch.start(kafka);
            intake(base, codes.subList(0, warmup), pupils, 201); // JIT, pools, caches
            watch.reset();
            CpuMeter cpu = new CpuMeter(List.of(service));
            cpu.start();
            long started = System.nanoTime();
            long[] latencies = intake(base, codes.subList(warmup, warmup + answers), pupils, 201);
            double seconds = (System.nanoTime() - started) / 1e9;
            double onKafkaSeconds = watch.awaitCount(answers, Duration.ofSeconds(120), started);
            var answerCpu = cpu.stop(); // until every answer is on Kafka: the outbox's work included
            long[] lags = watch.lags();
            watch.stop();

            int counted = responded(base, admin, rounds);
            cpu.start();
            long floorStarted = System.nanoTime();
            long[] floor = intake(base, unknownCodes(answers), pupils, 404);
            double floorSeconds = (System.nanoTime() - floorStarted) / 1e9;
            var floorCpu = cpu.stop();
            long[] raw = baseline(answers, pupils);
            report(answers, pupils, rounds.size(), seconds, latencies, onKafkaSeconds, lags, counted,
                    answers + warmup, raw);
            reportFloor(answers, seconds, floorSeconds, floor);
            // Other processes may share this machine's cores: CPU time per answer says what the parts themselves cost.
            System.out.println(CpuMeter.perOperation(answerCpu, answers, "answer"));
            System.out.println("floor " + CpuMeter.perOperation(floorCpu, answers, "request"));
            System.out.printf("machine load average %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            service.stop();
        }
        System.exit(0);
    }

    private static ServiceProcess start(String kafka) {
        int port = freePort();
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties("bench_survey", kafka));
        properties.put("server.port", String.valueOf(port));
        properties.put("logging.level.root", "WARN");
        // Extra service properties for an experiment, e.g. -Dkoers.bench.properties=axon.timeout.enabled=false;a=b
        for (String pair : System.getProperty("koers.bench.properties", "").split(";")) {
            if (pair.contains("=")) {
                properties.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        try {
            Files.createDirectories(ROOT.resolve("deploy/target/e2e-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServiceProcess.start("survey-service", ROOT.resolve("survey-service/target/survey-service.jar"), port,
                properties, ROOT.resolve("deploy/target/e2e-logs/bench-survey-service.log"), Duration.ofSeconds(180));
    }

    private static List<String> openRounds(String base, String admin, List<String> schools, int count)
            throws Exception {
        List<String> rounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String school = schools.get(i % schools.size());
            String body = "{\"audience\":\"PUPILS_PRIMARY\",\"opensAt\":\"%s\",\"closesAt\":\"%s\"}".formatted(
                    Instant.now().minusSeconds(3600), Instant.now().plus(Duration.ofDays(14)));
            HttpResponse<String> opened = awaitStatus(() -> post(base + "/api/schools/" + school + "/surveys/rounds",
                    admin, body), 201, Duration.ofSeconds(60)); // the school directory fills from Kafka first
            rounds.add(school + "/" + opened.body().replaceAll(".*\"roundId\":\"([^\"]+)\".*", "$1"));
        }
        return rounds;
    }

    private static List<String> issueCodes(String base, String admin, List<String> rounds, int total) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int batch = 0; codes.size() < total; batch++) {
            String[] round = rounds.get(batch % rounds.size()).split("/");
            int count = Math.min(30, total - codes.size());
            HttpResponse<String> issued = post(base + "/api/schools/" + round[0] + "/surveys/rounds/" + round[1]
                    + "/code-batches", admin, "{\"classLabel\":\"groep %d%c\",\"yearGroup\":%d,\"count\":%d}".formatted(
                    5 + batch % 4, (char) ('a' + batch / rounds.size() % 26), 5 + batch % 4, count));
            if (issued.statusCode() != 201) {
                throw new IllegalStateException("codes refused: " + issued.body());
            }
            Matcher matcher = CODE.matcher(issued.body());
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }

    /**
     * Well-formed codes that were never issued. The same answer POSTed with one of them is the floor of the public
     * path: HTTP, the whole body read as JSON, a transaction with one indexed lookup, a 404 problem, nothing written.
     */
    private static List<String> unknownCodes(int count) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32, as the service issues them
        java.util.Random random = new java.util.Random(42);
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 13; c++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            codes.add(code.insert(8, '-').insert(4, '-').toString());
        }
        return codes;
    }

    private static void reportFloor(int answers, double seconds, double floorSeconds, long[] floor) {
        double throughput = answers / seconds;
        double floorThroughput = answers / floorSeconds;
        System.out.printf("%-58s %10.0f %9.2f %9.2f%n", "floor: same POST, unknown code (404, nothing written)",
                floorThroughput, ms(pct(floor, 50)), ms(pct(floor, 99)));
        System.out.printf("%-58s %10.2f%n", "ratio Koers / floor (throughput)", throughput / floorThroughput);
        System.out.printf("the public HTTP path alone, writing nothing, reaches %.0f requests/s here: %s%n",
                floorThroughput, floorThroughput < 2_000 ? "below the 2,000/s target, which no write path can then meet"
                        : "above the 2,000/s target; the rest of the gap is the write path's");
    }

    /** Each pupil (client thread) answers with the next unused code until none are left. */
    private static long[] intake(String base, List<String> codes, int pupils, int expectedStatus) throws Exception {
        long[] latencies = new long[codes.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(pupils);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < pupils; p++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
                    String body = ANSWER.formatted(1 + i % 5, 1 + i % 3, i % 7 == 0 ? 1 : 0);
                    long start = System.nanoTime();
                    HttpResponse<String> response = post(base + "/api/public/surveys/" + codes.get(i) + "/answers",
                            null, body);
                    latencies[i] = System.nanoTime() - start;
                    if (response.statusCode() != expectedStatus) {
                        refused.incrementAndGet();
                        System.err.println("refused: " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " answers not answered " + expectedStatus);
        }
        return latencies;
    }

    /** The results side: every accepted answer is counted in its round's response rate (same transaction). */
    private static int responded(String base, String admin, List<String> rounds) throws Exception {
        int total = 0;
        for (String round : rounds) {
            String[] r = round.split("/");
            String body = get(base + "/api/schools/" + r[0] + "/surveys/rounds/" + r[1], admin).body();
            total += Integer.parseInt(body.replaceAll(".*\"school\":\\{[^}]*\"responded\":(\\d+).*", "$1"));
        }
        return total;
    }

    /** The same response rows, inserted by as many concurrent clients, each row its own transaction. */
    private static long[] baseline(int answers, int clients) throws Exception {
        String url = TestPostgres.database("bench_survey_raw");
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "")) {
            c.createStatement().execute("""
                    create table if not exists raw_response (response_id uuid primary key, round_id uuid not null,
                      class_label text not null, year_group int not null, answers jsonb not null, scales jsonb not null)""");
            c.createStatement().execute("create index if not exists raw_response_round on raw_response (round_id, class_label)");
        }
        long[] latencies = new long[answers];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        UUID round = UUID.randomUUID();
        String answersJson = "{\"veilig-school\":4,\"veilig-klas\":4,\"veilig-buiten\":4,\"veilig-onderweg\":4,"
                + "\"veilig-online\":3,\"fijn-school\":4,\"fijn-klas\":4,\"vrienden\":5,\"erbij-horen\":4,"
                + "\"mezelf-zijn\":4,\"leraar-terecht\":4,\"leraar-aandacht\":4,\"leraar-pesten\":4,\"leraar-eerlijk\":5,"
                + "\"weet-bij-wie\":1,\"gepest\":1,\"gepest-uitgescholden\":1,\"gepest-buitengesloten\":2,"
                + "\"gepest-online\":1,\"zelf-gepest\":1,\"geweld\":0,\"bedreigd\":0,\"spullen\":0,"
                + "\"discriminatie\":0,\"ongewenst\":0}";
        String scalesJson = "{\"PERCEIVED_SAFETY\":3.8,\"WELL_BEING\":4.2,\"TEACHER_RELATION\":4.4,\"BULLYING\":4.8,"
                + "\"VICTIMISATION\":5.0}";
        long started = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            running.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "");
                     PreparedStatement insert = c.prepareStatement(
                             "insert into raw_response values (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
                    for (int i = next.getAndIncrement(); i < answers; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, round);
                        insert.setString(3, "groep 7a");
                        insert.setInt(4, 7);
                        insert.setString(5, answersJson);
                        insert.setString(6, scalesJson);
                        insert.executeUpdate(); // autocommit: one durable transaction per answer
                        latencies[i] = System.nanoTime() - start;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        baselineSeconds = (System.nanoTime() - started) / 1e9;
        return latencies;
    }

    private static double baselineSeconds;

    private static void report(int answers, int pupils, int rounds, double seconds, long[] latencies,
                               double onKafkaSeconds, long[] lags, int counted, int accepted, long[] raw) {
        double throughput = answers / seconds;
        double rawThroughput = answers / baselineSeconds;
        System.out.println();
        System.out.printf("Survey answer intake: %d answers, %d concurrent pupils, %d rounds (%s, %d cores)%n", answers,
                pupils, rounds, System.getProperty("os.name"), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-58s %10s %9s %9s%n", "", "answers/s", "p50 ms", "p99 ms");
        System.out.printf("%-58s %10.0f %9.2f %9.2f%n", "Koers: POST answer -> 201 (stored, code used, in results)",
                throughput, ms(pct(latencies, 50)), ms(pct(latencies, 99)));
        System.out.printf("%-58s %10.0f %9.2f %9.2f%n", "  event time -> AnswersSubmitted on Kafka (lag)",
                answers / onKafkaSeconds, ms(pct(lags, 50)), ms(pct(lags, 99)));
        System.out.printf("%-58s %10.0f %9.2f %9.2f%n", "baseline: plain INSERT of the same rows (autocommit)",
                rawThroughput, ms(pct(raw, 50)), ms(pct(raw, 99)));
        System.out.printf("%-58s %10.2f%n", "ratio Koers / baseline (throughput)", throughput / rawThroughput);
        System.out.printf("results: %d of %d accepted answers counted in their rounds' results at the end "
                + "(written in the answer's own transaction: results lag 0)%n", counted, accepted);
        System.out.printf("targets: >= 2000 answers/s, p99 < 100 ms, results lag p99 < 1 s, ratio >= 0.5%n");
    }

    /** Reads koers.survey.events from the end and records, per AnswersSubmitted, consume time minus event time. */
    private static final class KafkaWatch implements Runnable {
        private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]+)\"");
        private final KafkaConsumer<String, String> consumer;
        private final ConcurrentLinkedQueue<Long> lags = new ConcurrentLinkedQueue<>();
        private final AtomicInteger seen = new AtomicInteger();
        private volatile boolean running = true;
        private volatile long lastSeenNanos;
        private final Thread thread = new Thread(this, "kafka-watch");

        private KafkaWatch(String bootstrap) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor("koers.survey.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        static KafkaWatch start(String bootstrap) {
            KafkaWatch watch = new KafkaWatch(bootstrap);
            watch.thread.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                for (var record : consumer.poll(Duration.ofMillis(20))) {
                    if (!record.value().contains("AnswersSubmitted")) {
                        continue;
                    }
                    Matcher time = TIME.matcher(record.value());
                    if (time.find()) {
                        lags.add(Duration.between(Instant.parse(time.group(1)), Instant.now()).toNanos());
                    }
                    seen.incrementAndGet();
                    lastSeenNanos = System.nanoTime();
                }
            }
            consumer.close();
        }

        void reset() throws InterruptedException {
            Thread.sleep(2_000); // let the warm-up's events drain before counting (a benchmark, not a test)
            lags.clear();
            seen.set(0);
        }

        /** @return seconds from the start of the run until the last expected event was on Kafka */
        double awaitCount(int count, Duration timeout, long startedNanos) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (seen.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (seen.get() < count) {
                throw new IllegalStateException("only " + seen.get() + " of " + count + " answers on Kafka");
            }
            return (lastSeenNanos - startedNanos) / 1e9;
        }

        long[] lags() {
            return lags.stream().mapToLong(Long::longValue).toArray();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    private static HttpResponse<String> post(String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static HttpResponse<String> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> awaitStatus(java.util.function.Supplier<HttpResponse<String>> call, int status,
                                                    Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> response = call.get();
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(250);
            response = call.get();
        }
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static long pct(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SurveyIntakeBenchmark() {
    }
}
