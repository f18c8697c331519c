package nl.koers.deploy.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.contracts.plan.ActionPointAdded;
import nl.koers.contracts.plan.ActionPointStatus;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.DutiesEvaluated;
import nl.koers.contracts.plan.DutyKind;
import nl.koers.contracts.plan.DutyState;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PlanStarted;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.Priority;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.contracts.plan.TopicStatusChanged;
import nl.koers.contracts.survey.MonitorResultsPublished;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.Scale;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.deploy.e2e.Spine;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestPostgres;
import nl.koers.platform.test.TestTokens;
import org.postgresql.PGConnection;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The projection layer at scale (issue 8): a realistic history (default 1,000 schools in 10 boards, 1,000,000 events
 * across incidents, plan, monitor and training) is written straight into the projection's audit trail, then, in the
 * same run:
 * <ul>
 *   <li>rebuild throughput (events/s) through {@code POST /api/platform/projections/rebuilds}, next to the raw
 *   baseline of streaming the same rows out of PostgreSQL, parsing their JSON and bulk-writing one row per event
 *   ({@code COPY});</li>
 *   <li>school dashboard and board dashboard (100 schools) latency over HTTP, measured warm (ADR 0067), next to the
 *   raw SQL of the incident counts alone, with the CPU each dashboard costs the service, PostgreSQL and the client.</li>
 * </ul>
 * Run with {@code ./koers bench projection [events] [schools] [boards]}; not a test. With
 * {@code -Dkoers.bench.hold=true} it keeps everything running after the measurement, until Enter, for a look at the
 * data (e.g. {@code explain analyze} in psql on the URL it prints).
 */
public final class ProjectionBenchmark {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SchoolYear YEAR = new SchoolYear("2026-2027");
    private static final Instant START = Instant.parse("2026-08-15T08:00:00Z");
    /** Requests before each school dashboard is measured (a fifth of it before the board's): ADR 0067. */
    private static final int WARM_UP = 3_000;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int schools = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        // Fewer boards give each school the history it would have in a bigger run at a tenth of its time: 1,000,000
        // events for 100 schools in one board is per board what 10,000,000 for 1,000 schools in ten is.
        int boards = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (Spine spine = Spine.start("benchproj")) {
            String url = TestPostgres.database("benchproj_projection");
            List<String[]> tenants = onboard(spine, schools, boards, url);
            long generated = System.nanoTime();
            int written = history(url, tenants, events);
            System.out.printf("history: %,d events for %,d schools written to the audit trail in %.1f s%n", written,
                    schools, (System.nanoTime() - generated) / 1e9);
            // The history arrived as one burst: let PostgreSQL settle it (hint bits, visibility map, statistics) as
            // autovacuum would long have done for a trail that grew over years, so that neither the first baseline
            // nor the rebuild pays for it alone.
            settle(url, "audit_entry");
            double baseline = baseline(url, true);
            double stored = baseline(url, false);
            double rebuild = rebuild(spine, written);
            // The same for the tables the rebuild switched in (autovacuum would otherwise scan them while the
            // dashboards are measured): steady state, not the minutes after a rebuild.
            settle(url, "incident_state", "incident_school_month", "incident_close_time", "plan_topic",
                    "plan_action_point", "plan_duty", "monitor_round", "monitor_scale", "training_coverage");
            // CPU per dashboard of each part (service, PostgreSQL, this JVM as client and broker): the requests run
            // one after another, so on two shared cores their latency is at least the CPU they cost together.
            // Each is measured warm: first as many requests as the JIT compiler needs to finish with the request path
            // (on two cores its compiler threads otherwise take the cores from the requests being measured), then
            // the measured ones.
            CpuMeter cpu = new CpuMeter(List.of(spine.projection));
            long[] schoolCold = schoolDashboards(spine, tenants, WARM_UP, new Random(11));
            cpu.start();
            long[] school = schoolDashboards(spine, tenants, 1_000, new Random(7));
            String schoolCpu = CpuMeter.perOperation(cpu.stop(), 1_000, "school dashboard");
            long[] boardCold = boardDashboards(spine, tenants, boards, WARM_UP / 5);
            cpu.start();
            long[] board = boardDashboards(spine, tenants, boards, 200);
            String boardCpu = CpuMeter.perOperation(cpu.stop(), 200, "board dashboard");
            long[] rawSchool = rawSchoolCounts(url, tenants, 1_000);
            long[] rawBoard = rawBoardCounts(url, tenants, boards, 200);
            System.out.println();
            System.out.printf("rebuild            %,10.0f events/s   raw read+parse+COPY %,10.0f events/s   ratio %.2f%n",
                    rebuild, baseline, rebuild / baseline);
            System.out.printf("                                         same, read as stored %,10.0f events/s   ratio %.2f%n",
                    stored, rebuild / stored);
            System.out.printf("school dashboard   p50 %6.2f ms  p99 %6.2f ms   raw counts query p50 %5.2f ms  p99 %5.2f ms%n",
                    ms(school, 50), ms(school, 99), ms(rawSchool, 50), ms(rawSchool, 99));
            System.out.printf("board dashboard    p50 %6.2f ms  p99 %6.2f ms   raw counts query p50 %5.2f ms  p99 %5.2f ms "
                    + "(%d schools)%n", ms(board, 50), ms(board, 99), ms(rawBoard, 50), ms(rawBoard, 99),
                    schools / boards);
            System.out.printf("while warming up   school p50 %6.2f ms  p99 %6.2f ms,  board p50 %6.2f ms  p99 %6.2f ms "
                    + "(the %,d and %,d requests before each measurement, not counted above)%n", ms(schoolCold, 50),
                    ms(schoolCold, 99), ms(boardCold, 50), ms(boardCold, 99), WARM_UP, WARM_UP / 5);
            System.out.println(schoolCpu);
            System.out.println(boardCpu);
            System.out.printf("ratios (Koers/raw, p50): school %.1fx, board %.1fx%n", ms(school, 50) / ms(rawSchool, 50),
                    ms(board, 50) / ms(rawBoard, 50));
            System.out.println("targets: rebuild >= 50,000 events/s and >= 0.5 of raw; school p99 < 25 ms; "
                    + "board (100 schools) p99 < 100 ms");
            if (Boolean.getBoolean("koers.bench.hold")) {
                System.out.println("holding: PostgreSQL at " + url + " (user " + TestPostgres.user()
                        + "), projection-service at " + spine.projection.baseUrl() + "; Enter stops");
                System.in.read();
            }
        }
        System.exit(0);
    }

    /** {board, school} pairs, onboarded through their tenant events; waits until the projection knows them all. */
    private static List<String[]> onboard(Spine spine, int schools, int boards, String url) throws SQLException {
        List<String[]> tenants = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            String board = String.valueOf(42000 + i % boards);
            String school = String.format("%02dB%c%02d", 20 + i / 260, (char) ('A' + i / 10 % 26), i % 10 * 10);
            tenants.add(new String[] {board, school});
            TenantFixtures.onboardSchool(spine.kafka(), board, school, 200 + i % 400);
        }
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "")) {
            await().atMost(Duration.ofMinutes(5)).until(() -> count(c, "select count(*) from platform_school "
                    + "where board_id like '420%'") >= schools);
            // ... and until the intake has put every onboarding into the audit trail, which is appended to next.
            await().atMost(Duration.ofMinutes(5)).until(() -> count(c, "select count(*) from audit_entry "
                    + "where board_id like '420%'") >= schools);
        }
        return tenants;
    }

    /** Writes the events into audit_entry with COPY (the rebuild's source); per board numbered, chain head set. */
    private static int history(String url, List<String[]> tenants, int events) throws Exception {
        Random random = new Random(42);
        Map<String, Long> seq = new HashMap<>();
        Map<String, List<IncidentId>> open = new HashMap<>();
        StringBuilder rows = new StringBuilder();
        int written = 0;
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "")) {
            try (Statement s = c.createStatement();
                 ResultSet heads = s.executeQuery("select board_id, last_seq from audit_chain_head")) {
                while (heads.next()) { // the onboarding events are in the trail already
                    seq.put(heads.getString(1), heads.getLong(2));
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy audit_entry (board_id, seq, event_id, event_type, record_id, school_id, actor, "
                    + "occurred_at, payload, prev_hash, hash) from stdin with (format csv)";
            Map<String, PlanId> plans = new HashMap<>();
            for (String[] t : tenants) {
                PlanId plan = new PlanId(UUID.randomUUID());
                plans.put(t[1], plan);
                written += row(rows, seq, t, plan.value().toString(), START, new PlanStarted(plan, new BoardId(t[0]),
                        new SchoolId(t[1]), YEAR, "2026.1", null, topics()));
            }
            while (written < events) {
                String[] t = tenants.get(random.nextInt(tenants.size()));
                BoardId board = new BoardId(t[0]);
                SchoolId school = new SchoolId(t[1]);
                Instant at = START.plusSeconds(written * 10L % 25_000_000);
                int dice = random.nextInt(100);
                List<IncidentId> schoolOpen = open.computeIfAbsent(t[1], k -> new ArrayList<>());
                if (dice < 55) {
                    IncidentId id = IncidentId.generate();
                    schoolOpen.add(id);
                    written += row(rows, seq, t, id.value().toString(), at, new IncidentReported(id, board, school,
                            at.minusSeconds(3600), at, Location.values()[dice % 7], Category.values()[dice % 13],
                            Severity.MEDIUM, new SealedText("incident/" + id.value(), "c2VhbGVk"), new UserId("staff")));
                } else if (dice < 80 && !schoolOpen.isEmpty()) {
                    IncidentId id = schoolOpen.remove(schoolOpen.size() - 1);
                    written += row(rows, seq, t, id.value().toString(), at, new IncidentClosed(id, board, school,
                            at, new UserId("coord"), new SealedText("incident/" + id.value(), "ZXZhbA==")));
                } else if (dice < 90) {
                    PlanId plan = plans.get(t[1]);
                    PlanTopic topic = topics().get(dice % 14);
                    written += row(rows, seq, t, plan.value().toString(), at, new TopicStatusChanged(plan, board,
                            school, YEAR, topic.block(), topic.topicId(), TopicStatus.values()[dice % 3]));
                } else if (dice < 94) {
                    PlanId plan = plans.get(t[1]);
                    written += row(rows, seq, t, plan.value().toString(), at, new ActionPointAdded(plan, board, school,
                            YEAR, UUID.randomUUID(), "Actiepunt " + written, BuildingBlock.HANDELEN, "team",
                            LocalDate.parse("2027-03-01").plusDays(dice), ActionPointStatus.OPEN, Priority.NORMAL));
                } else if (dice < 97) {
                    PlanId plan = plans.get(t[1]);
                    written += row(rows, seq, t, plan.value().toString(), at, new DutiesEvaluated(plan, board, school,
                            YEAR, "wettelijk-2026", List.of(
                                    new DutyStatus("veiligheidsbeleid", DutyKind.WETTELIJK, DutyState.values()[dice % 3],
                                            "reden", "Veiligheidsbeleid", "wettelijk-2026"),
                                    new DutyStatus("monitoring", DutyKind.WETTELIJK, DutyState.UNKNOWN, "reden",
                                            "Monitoring", "wettelijk-2026"))));
                } else if (dice < 99) {
                    RoundId round = new RoundId(UUID.randomUUID());
                    written += row(rows, seq, t, round.value().toString(), at, new RoundClosed(round, board, school,
                            YEAR.value(), at, false, 25));
                    written += row(rows, seq, t, round.value().toString(), at, new MonitorResultsPublished(round, board,
                            school, YEAR.value(), List.of(
                                    new MonitorResultsPublished.ScaleResult(Scale.PERCEIVED_SAFETY, 25,
                                            3 + dice % 20 / 10.0, 75.0, false),
                                    MonitorResultsPublished.ScaleResult.suppressed(Scale.BULLYING))));
                } else {
                    written += row(rows, seq, t, t[1] + "-coverage", at, new TrainingCoverageChanged(board, school, 3,
                            List.of(new TrainingCoverageChanged.RoleCoverage(Role.COORDINATOR, 1,
                                    List.of(CourseKind.COURSE), new BigDecimal("16"), List.of())), at));
                }
                if (rows.length() > 8_000_000) {
                    flush(copy, sql, rows);
                }
            }
            flush(copy, sql, rows);
            try (PreparedStatement head = c.prepareStatement("insert into audit_chain_head (board_id, last_seq, "
                    + "last_hash) values (?, ?, ?) on conflict (board_id) do update set last_seq = excluded.last_seq")) {
                for (var entry : seq.entrySet()) {
                    head.setString(1, entry.getKey());
                    head.setLong(2, entry.getValue());
                    head.setString(3, "0".repeat(64));
                    head.addBatch();
                }
                head.executeBatch();
            }
        }
        return written;
    }

    private static int row(StringBuilder rows, Map<String, Long> seq, String[] t, String record, Instant at,
            Object data) {
        long n = seq.merge(t[0], 1L, Long::sum);
        rows.append(t[0]).append(',').append(n).append(',').append(UUID.randomUUID()).append(',')
                .append(EventTypes.typeName(data.getClass())).append(',').append(record).append(',').append(t[1])
                .append(",bench,").append(at).append(",\"")
                .append(JSON.writeValueAsString(data).replace("\"", "\"\"")).append("\",")
                .append("0".repeat(64)).append(',').append("0".repeat(64)).append('\n');
        return 1;
    }

    private static void flush(org.postgresql.copy.CopyManager copy, String sql, StringBuilder rows)
            throws SQLException, IOException {
        try (Reader reader = new StringReader(rows.toString())) {
            copy.copyIn(sql, reader);
        }
        rows.setLength(0);
    }

    private static List<PlanTopic> topics() {
        List<PlanTopic> topics = new ArrayList<>();
        for (BuildingBlock block : BuildingBlock.values()) {
            for (int i = 0; i < 2; i++) {
                topics.add(new PlanTopic(block, block.name().toLowerCase() + "-" + i, "Onderwerp " + i, "",
                        TopicStatus.NOT_STARTED, false, false));
            }
        }
        return topics;
    }

    /**
     * Raw: stream the same rows out in the same order (by board and seq), parse each payload, COPY one narrow row per
     * event; or the same in stored order ({@code ordered} false), as a rebuild now reads them (ADR 0064).
     */
    private static double baseline(String url, boolean ordered) throws Exception {
        long start = System.nanoTime();
        long n = 0;
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table if not exists bench_raw_row (event_id varchar(64), school_id varchar(6), "
                        + "event_type varchar(200), category varchar(40))");
                s.execute("truncate bench_raw_row");
            }
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy bench_raw_row from stdin with (format csv)";
            StringBuilder rows = new StringBuilder();
            try (Connection reader = DriverManager.getConnection(url, TestPostgres.user(), "")) {
                reader.setAutoCommit(false);
                try (Statement s = reader.createStatement()) {
                    s.setFetchSize(10_000);
                    try (ResultSet rs = s.executeQuery("select event_id, school_id, event_type, payload from audit_entry"
                            + (ordered ? " order by board_id, seq" : ""))) {
                        while (rs.next()) {
                            var payload = JSON.readTree(rs.getString(4));
                            rows.append(rs.getString(1)).append(',').append(rs.getString(2)).append(',')
                                    .append(rs.getString(3)).append(',').append(payload.path("category").asString(""))
                                    .append('\n');
                            n++;
                            if (rows.length() > 4_000_000) {
                                flush(copy, sql, rows);
                            }
                        }
                    }
                }
            }
            flush(copy, sql, rows);
            c.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("raw baseline (%s): %,d rows read, parsed and copied in %.1f s%n",
                ordered ? "by board and seq" : "as stored", n, seconds);
        return n / seconds;
    }

    private static double rebuild(Spine spine, int events) {
        String operator = TestTokens.issuer().token("operator", null, List.of(), "platform-admin");
        String base = spine.projection.baseUrl() + "/api/platform/projections/rebuilds";
        long start = System.nanoTime();
        Http.Response started = Http.post(base, operator, "");
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild not started: " + started.status() + " " + started.body());
        }
        String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String body;
        long lastPrint = 0;
        do {
            // Once a second, as an operator's page would: polling faster costs the service CPU that the rebuild
            // then lacks (at 20 per second about a tenth of it). The time measured is the service's own, below.
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000);
            body = Http.get(base + "/" + id, operator).body();
            if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.println("rebuild progress: " + body.replaceAll(".*\"appliedEvents\":(\\d+).*", "$1")
                        + " of " + events + " events");
            }
        } while (body.contains("\"status\":\"RUNNING\""));
        double polled = (System.nanoTime() - start) / 1e9;
        if (!body.contains("\"status\":\"SWITCHED\"")) {
            throw new IllegalStateException("rebuild failed: " + body);
        }
        // From the request to the switch's commit as the service recorded them (startedAt, finishedAt).
        var rebuild = JSON.readTree(body);
        double seconds = Duration.between(Instant.parse(rebuild.get("startedAt").asString()),
                Instant.parse(rebuild.get("finishedAt").asString())).toNanos() / 1e9;
        System.out.printf("rebuild: %,d events in %.1f s (seen by the poller after %.1f s); %s%n", events, seconds,
                polled, body.replaceAll(".*(\"differences\":\\{[^}]*\\}).*", "$1"));
        return events / seconds;
    }

    private static long[] schoolDashboards(Spine spine, List<String[]> tenants, int n, Random random) {
        long[] latencies = new long[n];
        for (int i = 0; i < n; i++) {
            String[] t = tenants.get(random.nextInt(tenants.size()));
            String token = TestTokens.issuer().token("coord", t[0], List.of(t[1]), "coordinator");
            long start = System.nanoTime();
            Http.Response response = Http.get(spine.projection.baseUrl() + "/api/schools/" + t[1] + "/dashboard", token);
            if (response.status() != 200) {
                throw new IllegalStateException(response.body());
            }
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    private static long[] boardDashboards(Spine spine, List<String[]> tenants, int boards, int n) {
        long[] latencies = new long[n];
        for (int i = 0; i < n; i++) {
            String board = tenants.get(Math.floorMod(i, boards))[0];
            String token = TestTokens.issuer().token("admin", board, List.of(), "board-admin");
            long start = System.nanoTime();
            Http.Response response = Http.get(spine.projection.baseUrl() + "/api/boards/" + board + "/dashboard", token);
            if (response.status() != 200) {
                throw new IllegalStateException(response.body());
            }
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    private static long[] rawSchoolCounts(String url, List<String[]> tenants, int n) throws SQLException {
        Random random = new Random(7);
        return raw(url, n, "select category, count(*) from incident_state where board_id = ? and school_id = ? "
                + "group by 1", i -> tenants.get(random.nextInt(tenants.size())));
    }

    private static long[] rawBoardCounts(String url, List<String[]> tenants, int boards, int n) throws SQLException {
        return raw(url, n, "select school_id, category, count(*) from incident_state where board_id = ? "
                + "and school_id like ? group by 1, 2", i -> new String[] {tenants.get(Math.floorMod(i, boards))[0], "%"});
    }

    private static long[] raw(String url, int n, String sql, java.util.function.IntFunction<String[]> args)
            throws SQLException {
        long[] latencies = new long[n];
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "");
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = -n / 5; i < n; i++) {
                String[] a = args.apply(i);
                long start = System.nanoTime();
                statement.setString(1, a[0]);
                statement.setString(2, a[1]);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(rs.getMetaData().getColumnCount());
                    }
                }
                if (i >= 0) {
                    latencies[i] = System.nanoTime() - start;
                }
            }
        }
        return latencies;
    }

    private static void settle(String url, String... tables) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "");
             Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("vacuum (analyze) " + table);
            }
        }
        System.out.printf("vacuum (analyze) %s: %.1f s%n", String.join(", ", tables), (System.nanoTime() - start) / 1e9);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double ms(long[] latencies, int percentile) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
