package nl.koers.training.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestPostgres;
import nl.koers.platform.test.TestTokens;
import nl.koers.training.TrainingServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rush on a popular session: N people enrol at once (32 in parallel) for N/5 places, over HTTP against the real
 * service (event store in PostgreSQL, read models, outbox to Kafka). Baseline in the same run and database: the
 * same decisions in raw JDBC, each a transaction that locks the session row, counts the places taken and inserts an
 * enrolment row and an event row. Not a test; run on demand (training-service README), argument: N (default 500).
 */
public final class EnrolmentBenchmark {
    private static final int THREADS = 32;
    private static final String COURSE = """
            {"kind":"COURSE","title":"Benchmark","provider":"Koers","hours":3}""";

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Map<String, String> properties = new HashMap<>(
                ServiceTestInfrastructure.properties("training_bench", TestKafka.bootstrapServers()));
        properties.put("server.port", "0");
        properties.put("koers.training.seed-catalogue", "false");
        String[] argv = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(TrainingServiceApplication.class)
                .run(argv)) {
            String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
            service.getBean(SchoolDirectory.class).register(new BoardId("49001"), new SchoolId("49BM00"), "Bench", 300);
            koers(base, "warmup", 100);
            long koers = koers(base, "run", people);
            raw("warmup", 100);
            long raw = raw("run", people);
            System.out.printf("%d parallel enrolments for %d places: koers %d ms (%.0f/s), raw JDBC baseline %d ms "
                    + "(%.0f/s), ratio %.1f%n", people, people / 5, koers, people * 1000.0 / koers, raw,
                    people * 1000.0 / raw, (double) koers / raw);
        }
        System.exit(0);
    }

    private static long koers(String base, String run, int people) throws Exception {
        String admin = TestTokens.issuer().token("bench-provider", null, List.of(), "platform-admin");
        String course = field(Http.post(base + "/api/training/courses", admin, COURSE), "courseId");
        String session = field(Http.post(base + "/api/training/courses/" + course + "/sessions", admin, """
                {"date":"2028-05-09","start":"14:00","end":"17:00","city":"Utrecht","capacity":%d}"""
                .formatted(people / 5)), "sessionId");
        String url = base + "/api/schools/49BM00/training/sessions/" + session + "/enrolments";
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int n = 0; n < people; n++) {
            String token = TestTokens.issuer().token("bench-" + run + "-" + n, "49001", List.of("49BM00"), "staff");
            calls.add(() -> Http.post(url, token, "{\"name\":\"Deelnemer\"}").status());
        }
        return timed(calls);
    }

    private static long raw(String run, int people) throws Exception {
        String db = TestPostgres.database("training_bench");
        String session = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection(db, TestPostgres.user(), "")) {
            c.createStatement().execute("""
                    create table if not exists bench_session (id uuid primary key, capacity int, seq bigint);
                    create table if not exists bench_enrolment (session uuid, participant varchar(255), status varchar(10),
                      primary key (session, participant));
                    create table if not exists bench_event (session uuid, seq bigint, payload bytea,
                      primary key (session, seq))""");
            c.createStatement().execute("insert into bench_session values ('" + session + "', " + people / 5 + ", 0)");
        }
        byte[] payload = new byte[900]; // about the size of a ParticipantEnrolled with its sealed name
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int n = 0; n < people; n++) {
            String participant = "raw-" + run + "-" + n;
            calls.add(() -> {
                try (Connection c = DriverManager.getConnection(db, TestPostgres.user(), "")) {
                    c.setAutoCommit(false);
                    long seq;
                    int capacity;
                    try (ResultSet rs = c.createStatement().executeQuery(
                            "select capacity, seq from bench_session where id = '" + session + "' for update")) {
                        rs.next();
                        capacity = rs.getInt(1);
                        seq = rs.getLong(2) + 1;
                    }
                    int taken;
                    try (ResultSet rs = c.createStatement().executeQuery("select count(*) from bench_enrolment "
                            + "where session = '" + session + "' and status = 'ENROLLED'")) {
                        rs.next();
                        taken = rs.getInt(1);
                    }
                    try (PreparedStatement enrol = c.prepareStatement("insert into bench_enrolment values (?::uuid, ?, ?)");
                         PreparedStatement event = c.prepareStatement("insert into bench_event values (?::uuid, ?, ?)")) {
                        enrol.setString(1, session);
                        enrol.setString(2, participant);
                        enrol.setString(3, taken < capacity ? "ENROLLED" : "WAITING");
                        enrol.executeUpdate();
                        event.setString(1, session);
                        event.setLong(2, seq);
                        event.setBytes(3, payload);
                        event.executeUpdate();
                    }
                    c.createStatement().executeUpdate("update bench_session set seq = " + seq + " where id = '" + session + "'");
                    c.commit();
                    return 201;
                }
            });
        }
        return timed(calls);
    }

    private static long timed(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            for (var future : pool.invokeAll(calls)) {
                if (future.get() != 201) {
                    throw new IllegalStateException("an enrolment failed: " + future.get());
                }
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            pool.shutdown();
        }
    }

    private static String field(Http.Response response, String name) {
        if (response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
        return response.body().replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }
}
