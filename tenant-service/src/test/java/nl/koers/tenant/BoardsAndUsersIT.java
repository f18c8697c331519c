package nl.koers.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Boards onboarded by the platform admin, people invited and their roles changed; provisioning switched off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardsAndUsersIT {
    static final String PLATFORM_ADMIN = TestTokens.issuer().token("beheer", null, List.of(), "platform-admin");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "tenant_users");
        registry.add("koers.provisioning.enabled", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    static String board(String id, String username) {
        return """
                {"boardId":"%s","name":"Stichting Openbaar Onderwijs %s","firstAdmin":{"username":"%s",
                 "email":"%s@oost.example","firstName":"Fatima","lastName":"El Amrani"}}""".formatted(id, id, username, username);
    }

    /** Onboards the board with its first admin and imports these CSV lines of schools; answers the admin's token. */
    private String boardWithSchools(String board, String schoolLines) {
        assertThat(Http.post(url("/api/platform/boards"), PLATFORM_ADMIN, board(board, "admin-" + board)).status())
                .isEqualTo(201);
        String admin = TestTokens.issuer().token("admin-" + board, board, List.of(), "board-admin");
        String location = Api.location(url("/api/boards/" + board + "/schools/import"), admin,
                "brin,location,name,sector,municipality,pupils\n" + schoolLines);
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(url(location), admin).body().contains("COMPLETED"));
        return admin;
    }

    private static String userId(Http.Response invited) {
        return invited.body().replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1");
    }

    static List<ConsumerRecord<String, String>> published(String board, int atLeast) {
        return TopicReader.read(TestKafka.bootstrapServers(), "koers.tenant.events", atLeast, Duration.ofSeconds(2),
                Duration.ofSeconds(30)).stream().filter(r -> r.value().contains("\"boardid\":\"" + board + "\"")).toList();
    }

    @Test
    void a_platform_admin_onboards_a_board_with_its_first_admin_and_gets_an_invitation_link() {
        Http.Response created = Http.post(url("/api/platform/boards"), PLATFORM_ADMIN, board("45001", "f.elamrani"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"boardId\":\"45001\"", "\"userId\":\"",
                "\"url\":\"http://localhost:8080/uitnodiging#", "\"expiresAt\":\"");

        await().atMost(Duration.ofSeconds(30)).until(() -> published("45001", 2).size() >= 2);
        List<ConsumerRecord<String, String>> events = published("45001", 2);
        assertThat(events).hasSize(2); // keys differ (board, account): their order across partitions is not fixed
        String board = events.stream().map(ConsumerRecord::value).filter(v -> v.contains("BoardOnboarded")).findFirst()
                .orElseThrow();
        String invited = events.stream().map(ConsumerRecord::value).filter(v -> v.contains("UserInvited")).findFirst()
                .orElseThrow();
        assertThat(board).contains("nl.koers.tenant.BoardOnboarded.v1", "\"actor\":\"beheer\"")
                .doesNotContain("\"schoolid\"");
        assertThat(invited).contains("nl.koers.tenant.UserInvited.v1", "\"role\":\"BOARD_ADMIN\"")
                .doesNotContain("Fatima", "El Amrani", "f.elamrani", "oost.example");
    }

    @Test
    void a_board_is_onboarded_once_and_the_second_attempt_changes_nothing() {
        assertThat(Http.post(url("/api/platform/boards"), PLATFORM_ADMIN, board("45002", "b.visser")).status())
                .isEqualTo(201);
        long before = stored();
        Http.Response again = Http.post(url("/api/platform/boards"), PLATFORM_ADMIN, board("45002", "c.visser"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"boardId\"");
        assertThat(stored()).isEqualTo(before);
        // and the refused admin's user name was not reserved: the whole request rolled back
        assertThat(Http.post(url("/api/platform/boards"), PLATFORM_ADMIN, board("45003", "c.visser")).status())
                .isEqualTo(201);
    }

    @Test
    void only_a_platform_admin_onboards_boards() {
        String boardAdmin = TestTokens.issuer().token("admin", "45001", List.of(), "board-admin");
        long before = stored();
        assertThat(Http.post(url("/api/platform/boards"), boardAdmin, board("45004", "d.visser")).status())
                .isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void bad_board_input_names_the_field() {
        assertThat(Http.post(url("/api/platform/boards"), PLATFORM_ADMIN, board("4500", "e.visser")).body())
                .contains("\"field\":\"boardId\"");
        assertThat(Http.post(url("/api/platform/boards"), PLATFORM_ADMIN,
                board("45005", "e.visser").replace("e.visser@oost.example", "geen-adres")).body())
                .contains("\"field\":\"firstAdmin.email\"");
    }

    @Test
    void a_board_admin_invites_a_coordinator_then_grants_and_revokes_roles_with_events_for_each_change() {
        String board = "45010";
        String admin = boardWithSchools(board, "57AA,00,De Esch,PO,Deventer,150\n57AB,00,Het Rond,VO,Deventer,800\n");

        Http.Response invited = Http.post(url("/api/boards/" + board + "/users"), admin, """
                {"username":"j.devries","email":"j.devries@esch.example","firstName":"Jan","lastName":"de Vries",
                 "role":"coordinator","schools":["57AA00"]}""");
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body()).contains("\"invitation\":{\"url\":\"http://localhost:8080/uitnodiging#");
        String user = userId(invited);

        String roles = url("/api/boards/" + board + "/users/" + user + "/roles");
        assertThat(Http.post(roles, admin, "{\"role\":\"staff\",\"schools\":[\"57AB00\"]}").status()).isEqualTo(204);
        assertThat(Http.post(roles, admin, "{\"role\":\"staff\",\"schools\":[\"57AB00\"]}").status()).isEqualTo(204);
        assertThat(Api.delete(roles + "/coordinator", admin).status()).isEqualTo(204);
        assertThat(Api.delete(roles + "/coordinator", admin).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> published(board, 4).stream()
                .anyMatch(r -> r.value().contains("UserRoleRevoked")));
        List<String> types = published(board, 4).stream().filter(r -> user.equals(r.key()))
                .map(r -> r.value().replaceAll(".*\"type\":\"nl.koers.tenant.([A-Za-z]+).v1\".*", "$1")).toList();
        assertThat(types).containsExactly("UserInvited", "UserRoleGranted", "UserRoleRevoked");
    }

    @Test
    void a_board_admin_lists_the_boards_people_with_their_roles_and_nobody_of_another_board() {
        String board = "45011";
        String admin = boardWithSchools(board, "59AA,00,De Linde,PO,Zwolle,210\n");
        String user = userId(Http.post(url("/api/boards/" + board + "/users"), admin, """
                {"username":"p.bakker","email":"p.bakker@linde.example","firstName":"Pien","lastName":"Bakker",
                 "role":"coordinator","schools":["59AA00"]}"""));
        String roles = url("/api/boards/" + board + "/users/" + user + "/roles");
        assertThat(Http.post(roles, admin, "{\"role\":\"staff\",\"schools\":[\"59AA00\"]}").status()).isEqualTo(204);
        assertThat(Api.delete(roles + "/coordinator", admin).status()).isEqualTo(204);

        var people = Api.json(Http.get(url("/api/boards/" + board + "/users"), admin).body());
        var pien = java.util.stream.StreamSupport.stream(people.spliterator(), false)
                .filter(p -> user.equals(p.get("userId").asString())).findFirst().orElseThrow();
        assertThat(pien.get("name").asString()).isEqualTo("Pien Bakker");
        assertThat(pien.get("email").asString()).isEqualTo("p.bakker@linde.example");
        assertThat(pien.get("roles").findValuesAsString("role")).containsExactly("staff");
        assertThat(pien.get("roles").get(0).get("schools").get(0).asString()).isEqualTo("59AA00");

        String otherAdmin = TestTokens.issuer().token("admin-45010", "45010", List.of(), "board-admin");
        Http.Response other = Http.get(url("/api/boards/" + board + "/users"), otherAdmin);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("Pien", "linde");
        String coordinator = TestTokens.issuer().token("c", board, List.of("59AA00"), "coordinator");
        assertThat(Http.get(url("/api/boards/" + board + "/users"), coordinator).status()).isEqualTo(403);
    }

    @Test
    void invitations_and_roles_are_scoped_to_the_own_board_and_its_schools() {
        String board = "45020";
        assertThat(Http.post(url("/api/platform/boards"), PLATFORM_ADMIN, board(board, "admin-45020")).status())
                .isEqualTo(201);
        String admin = TestTokens.issuer().token("admin-45020", board, List.of(), "board-admin");
        String otherAdmin = TestTokens.issuer().token("admin-x", "45021", List.of(), "board-admin");
        String coordinator = TestTokens.issuer().token("coord", board, List.of("58AA00"), "coordinator");
        String invite = """
                {"username":"k.bos","email":"k.bos@example.nl","firstName":"Kees","lastName":"Bos",
                 "role":"staff","schools":["%s"]}""";
        long before = stored();
        assertThat(Http.post(url("/api/boards/" + board + "/users"), otherAdmin, invite.formatted("58AA00")).status())
                .isEqualTo(404);
        assertThat(Http.post(url("/api/boards/" + board + "/users"), coordinator, invite.formatted("58AA00")).status())
                .isEqualTo(403);
        Http.Response unknownSchool = Http.post(url("/api/boards/" + board + "/users"), admin, invite.formatted("58AA00"));
        assertThat(unknownSchool.status()).isEqualTo(404);
        assertThat(unknownSchool.body()).contains("\"field\":\"schools\"");
        assertThat(Http.post(url("/api/boards/" + board + "/users"), admin,
                invite.replace("[\"%s\"]", "[]").replace("staff", "platform-admin")).status()).isEqualTo(422);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_unknown_invitation_token_is_not_found_and_needs_no_bearer_token() {
        Http.Response response = Http.post(url("/api/invitations/not-a-real-token"), null,
                "{\"password\":\"een-lang-wachtwoord\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
