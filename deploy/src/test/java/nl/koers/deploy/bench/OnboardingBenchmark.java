package nl.koers.deploy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import nl.koers.deploy.TestKeycloak;
import nl.koers.deploy.onboarding.TenantPlatform;
import nl.koers.deploy.onboarding.TenantPlatform.Answer;
import nl.koers.platform.test.TestPostgres;
import tools.jackson.databind.JsonNode;

/**
 * A board onboards N schools (default 1,000) from one CSV: time from the upload until the import is complete in
 * tenant-service and until every school group exists in Keycloak (provisioned through the Admin API). In the same
 * run, on the same Keycloak and PostgreSQL, the raw baselines: the same N groups created directly with Keycloak's
 * Admin REST API (one call per group, as the admin client makes it; sequential and 8 in parallel, which is what
 * provisioning uses), and N rows inserted into PostgreSQL in one transaction. Run with
 * {@code ./koers bench onboarding [schools]}; not a test. Target: under 30 s including Keycloak.
 */
public final class OnboardingBenchmark {
    private static final String PASSWORD = "Welkom-bij-Koers-2026";
    private static final int PARALLEL = 8;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        try (TenantPlatform platform = TenantPlatform.start(TestKeycloak.get(), "bench_tenant")) {
            warmUp(platform, "48000", "80");
            String admin = onboardBoard(platform, "48001");
            long start = System.nanoTime();
            Answer upload = TenantPlatform.send("POST", platform.url("/api/boards/48001/schools/import"), admin,
                    "text/csv", TenantPlatform.schools("81", n));
            long accepted = System.nanoTime() - start;
            if (upload.status() != 202) {
                throw new IllegalStateException("import refused: " + upload.body());
            }
            while (!TenantPlatform.send("GET", platform.url(upload.location()), admin, null, null).body()
                    .contains("\"status\":\"COMPLETED\"")) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            long imported = System.nanoTime() - start;
            String kcAdmin = platform.keycloakAdminToken();
            awaitChildren(platform, kcAdmin, "/boards/48001/schools", n);
            long provisioned = System.nanoTime() - start;

            long rawSequential = rawGroups(platform, kcAdmin, "48090", n, 1);
            long rawParallel = rawGroups(platform, kcAdmin, "48091", n, PARALLEL);
            long rawInsert = rawPostgres(n);
            report(n, accepted, imported, provisioned, rawSequential, rawParallel, rawInsert);
        }
        System.exit(0);
    }

    /** A small import first, so that JIT, connection pools and Keycloak caches are warm for the measured one. */
    private static void warmUp(TenantPlatform platform, String board, String brinDigits) {
        String admin = onboardBoard(platform, board);
        Answer upload = TenantPlatform.send("POST", platform.url("/api/boards/" + board + "/schools/import"), admin,
                "text/csv", TenantPlatform.schools(brinDigits, 50));
        String kcAdmin = platform.keycloakAdminToken();
        awaitChildren(platform, kcAdmin, "/boards/" + board + "/schools", 50);
        if (upload.status() != 202) {
            throw new IllegalStateException("warm-up import refused: " + upload.body());
        }
    }

    /** The platform admin onboards the board; its first admin accepts the invitation; returns that admin's token. */
    private static String onboardBoard(TenantPlatform platform, String board) {
        String beheer = platform.accessToken("beheer", "demo");
        Answer created = TenantPlatform.send("POST", platform.url("/api/platform/boards"), beheer, "application/json", """
                {"boardId":"%s","name":"Stichting Benchmark %s","firstAdmin":{"username":"bench-%s",
                 "email":"bench-%s@bench.example","firstName":"Bea","lastName":"Bench"}}""".formatted(board, board, board, board));
        if (created.status() != 201) {
            throw new IllegalStateException("board not onboarded: " + created.body());
        }
        String link = created.json().required("firstAdmin").required("invitation").required("url").asString();
        while (TenantPlatform.send("POST", TenantPlatform.acceptUrl(link), null, "application/json",
                "{\"password\":\"" + PASSWORD + "\"}").status() != 204) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        return platform.accessToken("bench-" + board, PASSWORD);
    }

    /** Waits until the group at {@code path} has at least {@code count} children (asks for the count-th only). */
    private static void awaitChildren(TenantPlatform platform, String kcAdmin, String path, int count) {
        while (true) {
            JsonNode group = platform.group(kcAdmin, path);
            if (group != null) {
                Answer children = TenantPlatform.send("GET", platform.keycloak.baseUrl() + "/admin/realms/koers/groups/"
                        + group.required("id").asString() + "/children?briefRepresentation=true&first=" + (count - 1)
                        + "&max=1", kcAdmin, null, null);
                if (children.status() == 200 && children.json().size() == 1) {
                    return;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** The same groups (name and the four attributes) created straight through the Admin REST API. */
    private static long rawGroups(TenantPlatform platform, String kcAdmin, String board, int n, int threads)
            throws Exception {
        String admin = platform.keycloak.baseUrl() + "/admin/realms/koers";
        JsonNode boards = platform.group(kcAdmin, "/boards");
        String boardGroup = created(TenantPlatform.send("POST", admin + "/groups/" + boards.required("id").asString()
                + "/children", kcAdmin, "application/json", "{\"name\":\"" + board + "\"}"));
        String schools = created(TenantPlatform.send("POST", admin + "/groups/" + boardGroup + "/children", kcAdmin,
                "application/json", "{\"name\":\"schools\"}"));
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String school = "9" + (threads == 1 ? "1" : "2") + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26)
                        + String.format("%02d", i / 676);
                calls.add(pool.submit(() -> created(TenantPlatform.send("POST", admin + "/groups/" + schools
                        + "/children", kcAdmin, "application/json", """
                        {"name":"%s","attributes":{"board_id":["%s"],"school_id":["%s"],"display_name":["Basisschool %s"],
                         "sector":["PO"]}}""".formatted(school, board, school, school)))));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        return System.nanoTime() - start;
    }

    private static String created(Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("group not created: " + answer.status() + " " + answer.body());
        }
        return answer.location().substring(answer.location().lastIndexOf('/') + 1);
    }

    private static long rawPostgres(int n) throws Exception {
        String url = TestPostgres.database("bench_raw");
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "")) {
            c.createStatement().execute("create table if not exists raw_school (school_id varchar(6) primary key, "
                    + "board_id varchar(5), name varchar(200), sector varchar(3), municipality varchar(100), pupils int)");
            c.createStatement().execute("truncate raw_school");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into raw_school values (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String school = "81" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + String.format("%02d", i / 676);
                    insert.setString(1, school);
                    insert.setString(2, "48001");
                    insert.setString(3, "Basisschool " + school);
                    insert.setString(4, "PO");
                    insert.setString(5, "Amersfoort");
                    insert.setInt(6, 100 + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            return System.nanoTime() - start;
        }
    }

    private static void report(int n, long accepted, long imported, long provisioned, long rawSequential,
                               long rawParallel, long rawInsert) {
        System.out.printf("%nOnboarding %,d schools from one CSV (%s cores)%n", n, Runtime.getRuntime().availableProcessors());
        System.out.printf("| %-72s | %10s |%n", "", "seconds");
        System.out.printf("|%s|%s|%n", "-".repeat(74), "-".repeat(12));
        row("Koers: upload answered (validated, import stored, 202)", accepted);
        row("Koers: import completed (every SchoolOnboarded stored)", imported);
        row("Koers: every school group provisioned in Keycloak (target < 30 s)", provisioned);
        row("baseline: raw Keycloak Admin REST, " + n + " groups, sequential", rawSequential);
        row("baseline: raw Keycloak Admin REST, " + n + " groups, " + PARALLEL + " in parallel", rawParallel);
        row("baseline: raw PostgreSQL insert of " + n + " rows (one transaction)", rawInsert);
        System.out.printf("ratio Koers provisioned / raw Keycloak sequential: %.2f%n", (double) provisioned / rawSequential);
        System.out.printf("ratio Koers provisioned / raw Keycloak %d in parallel: %.2f%n", PARALLEL,
                (double) provisioned / rawParallel);
        System.out.printf("ratio Koers import completed / raw PostgreSQL insert: %.1f%n", (double) imported / rawInsert);
        System.out.println(provisioned < Duration.ofSeconds(30).toNanos() ? "target met: under 30 s" : "TARGET MISSED: 30 s");
    }

    private static void row(String what, long nanos) {
        System.out.printf("| %-72s | %10.2f |%n", what, nanos / 1e9);
    }
}
