package nl.koers.plan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.plan.PlanServiceApplication;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestPostgres;
import nl.koers.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A board presets its plan for all its schools in one call: each school's plan is started (26 default topics) and
 * pre-filled. Measured over HTTP against the real service (PostgreSQL event store, outbox to Kafka), next to a raw
 * baseline in the same run and database: per school one JDBC transaction inserting the same rows (an index row and
 * two event rows of the same size). Not a test; run on demand (see the README), argument: number of schools.
 */
public final class PresetBenchmark {
    private static final String PRESET = """
            {"title":"Bestuursafspraken","topics":[
             {"block":"VISIE","topicId":"visie.kernwaarden","title":"Visie","text":"Visie van het bestuur"},
             {"block":"VOORWAARDEN","topicId":"voorwaarden.klachtenregeling","title":"Klachtenregeling",
              "text":"Alle scholen volgen de klachtenregeling van het bestuur."}],
             "agreements":["Eén klachtenregeling"],"focusPoints":["Online pesten"]}""";

    public static void main(String[] args) throws Exception {
        int schools = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Map<String, String> properties = new HashMap<>(
                ServiceTestInfrastructure.properties("plan_bench", TestKafka.bootstrapServers()));
        properties.put("server.port", "0");
        String[] argv = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PlanServiceApplication.class)
                .run(argv)) {
            String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
            SchoolDirectory directory = service.getBean(SchoolDirectory.class);
            koers(base, directory, "49000", Math.min(20, schools)); // warm-up
            long koers = koers(base, directory, "49001", schools);
            raw(Math.min(20, schools), "warmup");
            long raw = raw(schools, "run");
            System.out.printf("preset for %d schools in one call: koers %d ms, raw JDBC baseline %d ms, ratio %.1f%n",
                    schools, koers, raw, (double) koers / raw);
        }
        System.exit(0);
    }

    private static long koers(String base, SchoolDirectory directory, String board, int schools) {
        for (int i = 0; i < schools; i++) {
            directory.register(new BoardId(board), new SchoolId(String.format("%02dBM%02d", i / 100, i % 100)),
                    "School " + i, 300);
        }
        String admin = TestTokens.issuer().token("bench-admin", board, List.of(), "board-admin");
        Http.Response preset = Http.post(base + "/api/boards/" + board + "/plan-presets", admin, PRESET);
        String id = preset.body().replaceAll(".*\"presetId\":\"([^\"]+)\".*", "$1");
        long start = System.nanoTime();
        Http.Response applied = Http.post(base + "/api/boards/" + board + "/plan-presets/" + id + "/applications",
                admin, "{\"all\":true}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (applied.status() != 200) {
            throw new IllegalStateException("apply failed: " + applied);
        }
        return millis;
    }

    private static long raw(int schools, String table) throws Exception {
        byte[] started = new byte[6_000]; // about the size of a PlanStarted with 26 topics
        byte[] applied = new byte[600];
        try (Connection c = DriverManager.getConnection(TestPostgres.database("plan_bench"), TestPostgres.user(), "")) {
            c.createStatement().execute("create table if not exists bench_raw_" + table
                    + " (id uuid primary key, aggregate varchar(36), seq bigint, payload bytea)");
            c.createStatement().execute("create table if not exists bench_raw_index_" + table
                    + " (id uuid primary key, school varchar(6))");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (int i = 0; i < schools; i++) {
                String plan = UUID.randomUUID().toString();
                try (PreparedStatement index = c.prepareStatement("insert into bench_raw_index_" + table
                        + " values (?::uuid, ?)");
                     PreparedStatement event = c.prepareStatement("insert into bench_raw_" + table
                             + " values (?::uuid, ?, ?, ?)")) {
                    index.setString(1, plan);
                    index.setString(2, "99XX00");
                    index.executeUpdate();
                    for (int seq = 0; seq < 2; seq++) {
                        event.setString(1, UUID.randomUUID().toString());
                        event.setString(2, plan);
                        event.setLong(3, seq);
                        event.setBytes(4, seq == 0 ? started : applied);
                        event.executeUpdate();
                    }
                }
                c.commit();
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
