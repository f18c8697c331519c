package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.incident.report.Incident;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentApiIT {
    static final String BOARD_A = "41001";
    static final String BOARD_B = "41002";
    static final String VALID = """
            {"occurredAt":"2026-11-20T10:15:00Z","location":"PLAYGROUND","category":"BULLYING",
             "severity":"MEDIUM","description":"In de pauze werd een leerling uit groep 6 uitgescholden."}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "incident_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataVault vault;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        TenantFixtures.onboardAndAwait(directory, BOARD_A, "12AB00", "12AC00");
        TenantFixtures.onboardAndAwait(directory, BOARD_B, "13BA00");
    }

    static String staffA() {
        return TestTokens.issuer().token("staff-a", BOARD_A, List.of("12AB00"), "staff");
    }

    String url(String school) {
        return "http://127.0.0.1:" + port + "/api/schools/" + school + "/incidents";
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void a_reported_incident_is_stored_readable_and_published_once() {
        Http.Response created = Http.post(url("12AB00"), staffA(), VALID);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");

        Http.Response read = Http.get(url("12AB00") + "/" + id, staffA());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"category\":\"BULLYING\"", "\"location\":\"PLAYGROUND\"",
                "\"occurredAt\":\"2026-11-20T10:15:00Z\"", "\"reportedBy\":\"staff-a\"", "\"recordedAt\"");

        var published = published(id);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).contains("\"type\":\"nl.koers.incident.IncidentReported.v1\"",
                "\"boardid\":\"41001\"", "\"schoolid\":\"12AB00\"", "\"actor\":\"staff-a\"", "\"subject\":\"" + id + "\"");
    }

    @Test
    void the_description_is_never_stored_or_published_in_plain_text_and_erasure_removes_it_from_the_api() {
        String secret = "Pietje Puk uit groep 7 werd in de gymzaal geschopt";
        Http.Response created = Http.post(url("12AB00"), staffA(), VALID.replace(
                "In de pauze werd een leerling uit groep 6 uitgescholden.", secret));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
        assertThat(Http.get(url("12AB00") + "/" + id, staffA()).body()).contains(secret);

        byte[] stored = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?",
                byte[].class, id);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Pietje", "gymzaal");
        var published = published(id);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).doesNotContain("Pietje", "gymzaal");

        vault.erase(Incident.descriptionSubject(IncidentId.parse(id)));
        Http.Response erased = Http.get(url("12AB00") + "/" + id, staffA());
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body()).doesNotContain("Pietje").contains("\"descriptionErased\":true",
                "\"category\":\"BULLYING\"", "\"description\":null");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("malformed JSON", "12AB00", "{\"occurredAt\": ", 400, "body"),
                Arguments.of("missing category", "12AB00", VALID.replace("\"category\":\"BULLYING\",", ""), 400, "category"),
                Arguments.of("unknown category", "12AB00", VALID.replace("BULLYING", "GOSSIP"), 400, "category"),
                Arguments.of("unknown location", "12AB00", VALID.replace("PLAYGROUND", "MOON"), 400, "location"),
                Arguments.of("bad date", "12AB00", VALID.replace("2026-11-20T10:15:00Z", "yesterday"), 400, "occurredAt"),
                Arguments.of("future date", "12AB00", VALID.replace("2026-11-20", "2099-11-20"), 422, "occurredAt"),
                Arguments.of("oversized description", "12AB00",
                        VALID.replace("In de pauze", "x".repeat(10_001)), 400, "description"),
                Arguments.of("body over 1 MB", "12AB00", VALID.replace("In de pauze", "x".repeat(1_100_000)), 413, "body"),
                Arguments.of("unknown school", "99ZZ00", VALID, 404, "schoolId"),
                Arguments.of("unknown role of a person", "12AB00", withPerson("{\"kind\":\"PUPIL\",\"role\":\"BYSTANDER\",\"reference\":\"LL-1\"}"), 400, "involved[0].role"),
                Arguments.of("unknown kind of a person", "12AB00", withPerson("{\"kind\":\"ALIEN\",\"role\":\"VICTIM\"}"), 400, "involved[0].kind"),
                Arguments.of("pupil without reference", "12AB00", withPerson("{\"kind\":\"PUPIL\",\"role\":\"VICTIM\",\"name\":\"Jan\"}"), 400, "involved[0].reference"),
                Arguments.of("person without role", "12AB00", withPerson("{\"kind\":\"PARENT\"}"), 400, "involved[0].role"),
                Arguments.of("oversized reference", "12AB00", withPerson("{\"kind\":\"PUPIL\",\"role\":\"VICTIM\",\"reference\":\"" + "r".repeat(65) + "\"}"), 400, "involved[0].reference"),
                Arguments.of("a name in the description", "12AB00", withPerson("{\"kind\":\"PUPIL\",\"role\":\"VICTIM\",\"reference\":\"LL-9\",\"name\":\"leerling\"}"), 422, "description"),
                Arguments.of("involved is not a list", "12AB00", VALID.replace("}", ",\"involved\":\"Jan\"}"), 400, "involved"),
                Arguments.of("malformed school", "not-a-school", VALID, 400, "schoolId"));
    }

    @ParameterizedTest(name = "{0} -> {3} naming {4}, nothing stored")
    @MethodSource("badInput")
    void bad_input_is_answered_with_a_problem_naming_the_field_and_changes_nothing(
            String name, String school, String body, int status, String field) {
        long before = stored();
        Http.Response response = Http.post(url(school), staffA(), body);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception", "at nl.");
        assertThat(stored()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from incident_person_reference where reference = 'LL-9'",
                Long.class)).isZero();
    }

    static String withPerson(String person) {
        return VALID.substring(0, VALID.lastIndexOf('}')) + ",\"involved\":[" + person + "]}";
    }

    @Test
    void script_tags_are_stored_as_text_and_only_ever_answered_as_json_never_as_markup() {
        String script = "<script>alert('koers')</script><img src=x onerror=alert(1)> stond in de groepschat.";
        Http.Response created = Http.post(url("12AB00"), staffA(), VALID.replace(
                "In de pauze werd een leerling uit groep 6 uitgescholden.", script));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> read = raw(url("12AB00") + "/" + id, "text/html");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(read.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(read.body()).contains("<script>alert('koers')</script>");
        HttpResponse<String> list = raw(url("12AB00"), "text/html");
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void a_report_answers_with_entry_hints_and_the_hints_are_available_before_writing() {
        Http.Response created = Http.post(url("12AB00"), staffA(), VALID.replace(
                "In de pauze werd een leerling uit groep 6 uitgescholden.", "J.B. deed raar"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"code\":\"no-initials\"", "\"code\":\"too-short\"");
        Http.Response hints = Http.get(url("12AB00") + "/entry-hints", staffA());
        assertThat(hints.status()).isEqualTo(200);
        assertThat(hints.body()).contains("Beschrijf feiten", "\"code\":\"own-role\"");
    }

    @Test
    void each_involved_person_is_shown_with_their_own_role_and_kind() {
        Http.Response created = Http.post(url("12AB00"), staffA(), withPerson(
                "{\"kind\":\"PUPIL\",\"role\":\"VICTIM\",\"reference\":\"LL-41\",\"group\":\"6B\",\"name\":\"Ilse\"},"
                + "{\"kind\":\"PUPIL\",\"role\":\"PERPETRATOR\",\"reference\":\"LL-42\",\"group\":\"7A\"},"
                + "{\"kind\":\"STAFF\",\"role\":\"WITNESS\",\"reference\":\"staff-b\"},"
                + "{\"kind\":\"EXTERNAL\",\"role\":\"OTHER\",\"note\":\"Buurtbewoner die hielp\"}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
        String body = Http.get(url("12AB00") + "/" + id, staffA()).body();
        assertThat(body).contains(
                "\"kind\":\"PUPIL\",\"role\":\"VICTIM\",\"reference\":\"LL-41\",\"group\":\"6B\",\"name\":\"Ilse\"",
                "\"kind\":\"PUPIL\",\"role\":\"PERPETRATOR\",\"reference\":\"LL-42\",\"group\":\"7A\"",
                "\"kind\":\"STAFF\",\"role\":\"WITNESS\"", "\"kind\":\"EXTERNAL\",\"role\":\"OTHER\"",
                "Buurtbewoner die hielp");
    }

    private HttpResponse<String> raw(String url, String accept) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + staffA()).header("Accept", accept + ", */*").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Awaits this incident's records on the topic (other tests share the broker), then lets late copies arrive. */
    static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> published(String id) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !TopicReader.read(
                TestKafka.bootstrapServers(), "koers.incident.events", 1, Duration.ofMillis(500), Duration.ofSeconds(5))
                .stream().filter(r -> id.equals(r.key())).toList().isEmpty());
        return TopicReader.read(TestKafka.bootstrapServers(), "koers.incident.events", 1, Duration.ofSeconds(2),
                Duration.ofSeconds(30)).stream().filter(r -> id.equals(r.key())).toList();
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_while_it_is_read() throws Exception {
        long before = stored();
        byte[] body = VALID.replace("In de pauze", "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("12AB00")))
                .header("Authorization", "Bearer " + staffA()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void without_a_token_the_answer_is_401() {
        Http.Response response = Http.post(url("12AB00"), null, VALID);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_expired_token_is_refused_with_401() {
        String expired = TestTokens.issuer().expiredToken("staff-a", BOARD_A, List.of("12AB00"), "staff");
        assertThat(Http.post(url("12AB00"), expired, VALID).status()).isEqualTo(401);
    }

    @Test
    void a_user_of_another_board_gets_404_and_no_data() {
        String id = created();
        String boardB = TestTokens.issuer().token("admin-b", BOARD_B, List.of(), "board-admin");
        long before = stored();
        Http.Response write = Http.post(url("12AB00"), boardB, VALID);
        Http.Response read = Http.get(url("12AB00") + "/" + id, boardB);
        assertThat(write.status()).isEqualTo(404);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("BULLYING", "leerling");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_board_or_school_forged_into_the_body_is_ignored_the_path_and_token_decide() {
        String forged = VALID.replace("{", "{\"boardId\":\"41002\",\"schoolId\":\"13BA00\",");
        Http.Response created = Http.post(url("12AB00"), staffA(), forged);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
        assertThat(Http.get(url("12AB00") + "/" + id, staffA()).body()).contains("\"schoolId\":\"12AB00\"");
        String boardB = TestTokens.issuer().token("admin-b", BOARD_B, List.of(), "board-admin");
        assertThat(Http.get(url("13BA00") + "/" + id, boardB).status()).isEqualTo(404);
        var published = published(id);
        assertThat(published).singleElement().satisfies(r -> assertThat(r.value())
                .contains("\"boardid\":\"41001\"", "\"schoolid\":\"12AB00\"").doesNotContain("41002", "13BA00"));
    }

    @Test
    void staff_of_another_school_of_the_same_board_is_forbidden() {
        String id = created();
        String otherSchool = TestTokens.issuer().token("staff-c", BOARD_A, List.of("12AC00"), "staff");
        assertThat(Http.post(url("12AB00"), otherSchool, VALID).status()).isEqualTo(403);
        assertThat(Http.get(url("12AB00") + "/" + id, otherSchool).status()).isEqualTo(403);
    }

    @Test
    void a_board_admin_covers_every_school_of_the_board() {
        String admin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        assertThat(Http.post(url("12AC00"), admin, VALID).status()).isEqualTo(201);
    }

    @Test
    void roles_without_incident_rights_are_forbidden() {
        for (String role : List.of("auditor", "platform-admin")) {
            String token = TestTokens.issuer().token("u-" + role, BOARD_A, List.of("12AB00"), role);
            assertThat(Http.post(url("12AB00"), token, VALID).status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void an_incident_is_not_found_under_another_school_of_the_same_board() {
        String id = created();
        String admin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        assertThat(Http.get(url("12AC00") + "/" + id, admin).status()).isEqualTo(404);
        assertThat(Http.get(url("12AB00") + "/" + id, admin).status()).isEqualTo(200);
    }

    private String created() {
        Http.Response created = Http.post(url("12AB00"), staffA(), VALID);
        assertThat(created.status()).isEqualTo(201);
        return created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
    }
}
