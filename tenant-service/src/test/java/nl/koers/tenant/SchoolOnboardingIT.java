package nl.koers.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A board's schools from a CSV, against real PostgreSQL and Kafka; Keycloak provisioning is switched off here. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolOnboardingIT {
    static final String BOARD_A = "43001";
    static final String BOARD_B = "43002";
    static final String TOPIC = "koers.tenant.events";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "tenant_schools");
        registry.add("koers.provisioning.enabled", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static String admin(String board) {
        return TestTokens.issuer().token("admin-" + board, board, List.of(), "board-admin");
    }

    String url(String board, String path) {
        return "http://127.0.0.1:" + port + "/api/boards/" + board + path;
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** Board B owns 44AA00 before the tests of board A run: the "belongs to another board" line. */
    @BeforeAll
    static void boardBOwnsASchool(@LocalServerPort int port) {
        String location = Api.location("http://127.0.0.1:" + port + "/api/boards/" + BOARD_B + "/schools/import",
                admin(BOARD_B), "brin,location,name,sector,municipality,pupils\n44AA,00,Het Baken,VO,Kampen,900\n");
        awaitCompleted("http://127.0.0.1:" + port + location, admin(BOARD_B));
    }

    static Http.Response awaitCompleted(String progressUrl, String token) {
        Http.Response[] last = new Http.Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = Http.get(progressUrl, token);
            return last[0].body().contains("\"status\":\"COMPLETED\"");
        });
        return last[0];
    }

    /** Reads the whole topic (until quiet: other test classes share it), then keeps this board's events of a type. */
    static List<ConsumerRecord<String, String>> published(String type, String board, int atLeast, Duration quiet) {
        Duration untilQuiet = quiet.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : quiet;
        return TopicReader.read(TestKafka.bootstrapServers(), TOPIC, atLeast, untilQuiet, Duration.ofSeconds(60)).stream()
                .filter(r -> r.value().contains("\"type\":\"nl.koers.tenant." + type + ".v1\"")
                        && r.value().contains("\"boardid\":\"" + board + "\"")).toList();
    }

    @Test
    void a_valid_file_of_250_schools_is_imported_published_once_each_and_listed_and_the_same_file_again_changes_nothing() {
        String file = Api.schools("51", 250, 100);
        String location = Api.location(url(BOARD_A, "/schools/import"), admin(BOARD_A), file);
        assertThat(location).startsWith("/api/boards/" + BOARD_A + "/imports/");

        Http.Response progress = awaitCompleted("http://127.0.0.1:" + port + location, admin(BOARD_A));
        assertThat(progress.body()).contains("\"total\":250", "\"done\":250", "\"errors\":[]");

        Http.Response list = Http.get(url(BOARD_A, "/schools"), admin(BOARD_A));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().split("\"schoolId\"")).hasSize(251);
        assertThat(list.body()).contains("{\"schoolId\":\"51AA00\",\"brin\":\"51AA\",\"location\":\"00\","
                + "\"name\":\"School 51AA\",\"sector\":\"PO\",\"municipality\":\"Zwolle\",\"pupilCount\":100}");

        await().atMost(Duration.ofSeconds(60)).until(() -> published("SchoolOnboarded", BOARD_A, 250, Duration.ZERO)
                .stream().filter(r -> r.value().contains("\"schoolid\":\"51")).count() >= 250);
        List<ConsumerRecord<String, String>> onboarded = published("SchoolOnboarded", BOARD_A, 250, Duration.ofSeconds(2))
                .stream().filter(r -> r.value().contains("\"schoolid\":\"51")).toList();
        Set<String> keys = onboarded.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        assertThat(onboarded).hasSize(250);
        assertThat(keys).hasSize(250).contains("51AA00", "51JP00");

        long before = stored();
        Http.Response again = Api.csv(url(BOARD_A, "/schools/import"), admin(BOARD_A), file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("\"status\":\"UNCHANGED\"", "\"skipped\":250");
        assertThat(stored()).isEqualTo(before);
        assertThat(published("SchoolOnboarded", BOARD_A, 250, Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains("\"schoolid\":\"51"))).hasSize(250);
    }

    @Test
    void a_file_with_every_kind_of_bad_line_is_refused_listing_every_line_and_changes_nothing() {
        String file = """
                brin,location,name,sector,municipality,pupils
                52AA,00,Goed,PO,Zwolle,10
                5AA,00,Slechte BRIN,PO,Zwolle,10
                52AB,0X,Slechte locatie,PO,Zwolle,10
                52AA,00,Dubbel,PO,Zwolle,10
                44AA,00,Van een ander bestuur,VO,Kampen,900
                52AC,00,Onbekende sector,MBO,Zwolle,10
                52AD,00,Negatief,PO,Zwolle,-3
                52AE,00,Geen getal,PO,Zwolle,veel
                52AF,00,,PO,Zwolle,10
                52AG,00,Te weinig kolommen,PO
                """;
        long before = stored();
        Http.Response response = Api.csv(url(BOARD_A, "/schools/import"), admin(BOARD_A), file);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(
                "{\"line\":3,\"field\":\"brin\"", "{\"line\":4,\"field\":\"location\"",
                "{\"line\":5,\"field\":\"brin\",\"reason\":\"school 52AA00 is listed twice (also on line 2)\"}",
                "{\"line\":6,\"field\":\"brin\",\"reason\":\"school 44AA00 belongs to another board\"}",
                "{\"line\":7,\"field\":\"sector\"", "{\"line\":8,\"field\":\"pupils\",\"reason\":\"cannot be negative\"}",
                "{\"line\":9,\"field\":\"pupils\"", "{\"line\":10,\"field\":\"name\",\"reason\":\"is required\"}",
                "{\"line\":11,\"field\":\"line\",\"reason\":\"expected 6 columns, found 4\"}")
                .doesNotContain("Exception", "Van een ander bestuur");
        assertThat(response.body().split("\"line\":")).hasSize(10);
        assertThat(stored()).isEqualTo(before);
        assertThat(Http.get(url(BOARD_A, "/schools"), admin(BOARD_A)).body()).doesNotContain("52AA00");
        assertThat(published("SchoolOnboarded", BOARD_A, 0, Duration.ofSeconds(1)).stream()
                .filter(r -> r.value().contains("\"schoolid\":\"52"))).isEmpty();
    }

    @Test
    void a_school_uploaded_again_with_new_details_gets_them_as_school_details_changed() {
        String first = "brin,location,name,sector,municipality,pupils\n53AA,00,De Linde,PO,Zwolle,200\n";
        awaitCompleted("http://127.0.0.1:" + port + Api.location(url(BOARD_A, "/schools/import"), admin(BOARD_A), first),
                admin(BOARD_A));
        String changed = first.replace("200", "230");
        awaitCompleted("http://127.0.0.1:" + port + Api.location(url(BOARD_A, "/schools/import"), admin(BOARD_A), changed),
                admin(BOARD_A));
        assertThat(Http.get(url(BOARD_A, "/schools"), admin(BOARD_A)).body()).contains("\"53AA00\"")
                .contains("\"pupilCount\":230");
        await().atMost(Duration.ofSeconds(30)).until(() -> published("SchoolDetailsChanged", BOARD_A, 1, Duration.ZERO)
                .stream().anyMatch(r -> "53AA00".equals(r.key()) && r.value().contains("\"pupilCount\":230")));
    }

    @Test
    void a_board_admin_of_another_board_can_neither_import_nor_list_nor_follow_an_import() {
        Http.Response list = Http.get(url(BOARD_A, "/schools"), admin(BOARD_B));
        assertThat(list.status()).isEqualTo(404);
        assertThat(list.body()).doesNotContain("51AA");
        long before = stored();
        assertThat(Api.csv(url(BOARD_A, "/schools/import"), admin(BOARD_B),
                "brin,location,name,sector,municipality,pupils\n54AA,00,X,PO,Zwolle,1\n").status()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
        String location = Api.location(url(BOARD_B, "/schools/import"), admin(BOARD_B),
                "brin,location,name,sector,municipality,pupils\n44AB,00,Het Anker,PO,Kampen,120\n");
        assertThat(Http.get("http://127.0.0.1:" + port + location.replace(BOARD_B, BOARD_A), admin(BOARD_A)).status())
                .isEqualTo(404);
        awaitCompleted("http://127.0.0.1:" + port + location, admin(BOARD_B)); // nothing left running for other tests
    }

    @Test
    void staff_and_coordinators_cannot_import_and_see_only_their_own_schools() {
        awaitCompleted("http://127.0.0.1:" + port + Api.location(url(BOARD_A, "/schools/import"), admin(BOARD_A),
                "brin,location,name,sector,municipality,pupils\n55AA,00,Eigen,PO,Zwolle,1\n55AB,00,Andere,PO,Zwolle,1\n"),
                admin(BOARD_A));
        for (String role : List.of("staff", "coordinator", "confidential-adviser", "auditor")) {
            String token = TestTokens.issuer().token(role + "-a", BOARD_A, List.of("55AA00"), role);
            assertThat(Api.csv(url(BOARD_A, "/schools/import"), token,
                    "brin,location,name,sector,municipality,pupils\n55AC,00,X,PO,Zwolle,1\n").status())
                    .as(role).isEqualTo(403);
        }
        String coordinator = TestTokens.issuer().token("coordinator-a", BOARD_A, List.of("55AA00"), "coordinator");
        Http.Response own = Http.get(url(BOARD_A, "/schools"), coordinator);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("55AA00").doesNotContain("55AB00");
        String auditor = TestTokens.issuer().token("auditor-a", BOARD_A, List.of(), "auditor");
        assertThat(Http.get(url(BOARD_A, "/schools"), auditor).body()).contains("55AA00", "55AB00");
    }

    @Test
    void a_platform_admin_sees_no_school_data() {
        String platformAdmin = TestTokens.issuer().token("beheer", null, List.of(), "platform-admin");
        Http.Response list = Http.get(url(BOARD_A, "/schools"), platformAdmin);
        assertThat(list.status()).isEqualTo(404);
        assertThat(Api.csv(url(BOARD_A, "/schools/import"), platformAdmin,
                "brin,location,name,sector,municipality,pupils\n56AA,00,X,PO,Zwolle,1\n").status()).isEqualTo(404);
    }

    @Test
    void without_a_token_the_answer_is_401() {
        assertThat(Http.get(url(BOARD_A, "/schools"), null).status()).isEqualTo(401);
        assertThat(Api.csv(url(BOARD_A, "/schools/import"), null, "x").status()).isEqualTo(401);
    }
}
