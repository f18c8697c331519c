package nl.koers.training;

import static nl.koers.training.Api.BOARD_A;
import static nl.koers.training.Api.BOARD_B;
import static nl.koers.training.Api.field;
import static nl.koers.training.Api.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.contracts.training.CertificateId;
import nl.koers.contracts.training.SessionId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.pdf.PdfText;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The training API end to end: real PostgreSQL, real Kafka, tokens from a local issuer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TrainingTestConfiguration.class)
class TrainingApiIT {
    static final String TOPIC = "koers.training.events";
    /** A board only the "done when" scenario uses, so its coverage is exactly what the scenario did. */
    static final String BOARD_C = "41003";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "training_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    nl.koers.platform.privacy.PersonalDataVault vault;

    Api api;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        TenantFixtures.onboardAndAwait(directory, BOARD_A, "12AB00", "12AC00");
        TenantFixtures.onboardAndAwait(directory, BOARD_B, "13BA00");
        TenantFixtures.onboardAndAwait(directory, BOARD_C, "14CA00", "14CB00");
    }

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    long stored() {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry where payload_type not like '%TrainingCoverageChanged'""",
                Long.class);
    }

    String providerCourse() {
        Http.Response created = api.post("/api/training/courses", platformAdmin(), Api.COURSE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return field(created.body(), "courseId");
    }

    String providerSession(String course, String date, int capacity) {
        Http.Response created = api.post("/api/training/courses/" + course + "/sessions", platformAdmin(),
                Api.session(date, capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return field(created.body(), "sessionId");
    }

    Http.Response enrolSelf(String session, String token, String school, String name) {
        return api.post("/api/schools/" + school + "/training/sessions/" + session + "/enrolments", token,
                "{\"name\":\"" + name + "\"}");
    }

    @Test
    void the_seed_catalogue_is_loaded_at_start_when_the_provider_catalogue_is_empty() {
        assertThat(jdbc.queryForList("select title from training_course where board_id is null order by published_at",
                String.class)).startsWith("Regionale bijeenkomst sociale veiligheid (v)so",
                "Professionalisering Sociale Veiligheid");
        assertThat(jdbc.queryForObject("""
                select count(*) from training_session s join training_course c on c.course_id = s.course_id
                where c.title = 'Regionale bijeenkomst sociale veiligheid (v)so'""", Long.class)).isGreaterThanOrEqualTo(5);
    }

    /**
     * The issue's "done when": the provider's regional meeting in Den Haag (from the seed) fills up with staff of
     * several schools, a cancellation moves the waiting list, attendance of the accredited course yields a
     * certificate, and each school's coverage is exactly what happened.
     */
    @Test
    void done_when_meetings_fill_up_the_waiting_list_moves_attendance_certifies_and_coverage_is_correct() {
        String denHaag = jdbc.queryForObject("""
                select s.session_id::varchar from training_session s join training_course c on c.course_id = s.course_id
                where c.title = 'Regionale bijeenkomst sociale veiligheid (v)so' and s.city = 'Den Haag'
                order by c.published_at limit 1""", String.class);
        String admin = Api.boardAdmin(BOARD_C);
        assertThat(api.post("/api/boards/" + BOARD_C + "/training/requirements", admin,
                "{\"role\":\"coordinator\",\"kind\":\"COURSE\",\"withinYears\":3,\"accreditedOnly\":true}")
                .status()).isEqualTo(200);

        String coordinatorCa = Api.coordinator("done-coord-ca", BOARD_C, "14CA00");
        assertThat(enrolSelf(denHaag, coordinatorCa, "14CA00", "Cora Coördinator").body()).contains("ENROLLED");
        List<String> people = new java.util.ArrayList<>(List.of("done-coord-ca"));
        for (int n = 1; n <= 21; n++) { // 22 people for 20 places, alternating between the two schools
            String school = n % 2 == 0 ? "14CA00" : "14CB00";
            Http.Response enrolled = enrolSelf(denHaag, Api.staff("done-" + n, BOARD_C, school), school, "Leraar " + n);
            assertThat(enrolled.body()).contains(n <= 19 ? "\"status\":\"ENROLLED\"" : "\"status\":\"WAITING\"");
            people.add("done-" + n);
        }
        // done-20 and done-21 wait; done-3 (14CB00) cancels: done-20 (14CA00) moves up.
        assertThat(api.delete("/api/schools/14CB00/training/sessions/" + denHaag + "/enrolments/done-3",
                Api.staff("done-3", BOARD_C, "14CB00")).status()).isEqualTo(204);
        String list = api.get("/api/training/sessions/" + denHaag + "/participants", platformAdmin()).body();
        assertThat(list).contains("\"participant\":\"done-20\",\"name\":\"Leraar 20\",\"nameErased\":false,"
                + "\"schoolId\":\"14CA00\",\"role\":\"STAFF\",\"status\":\"ENROLLED\"")
                .contains("\"participant\":\"done-21\"", "\"status\":\"WAITING\",\"position\":1");

        // The coordinator also follows the accredited course the provider plans that morning.
        String course = jdbc.queryForObject("""
                select course_id::varchar from training_course where title = 'Professionalisering Sociale Veiligheid'
                and board_id is null order by published_at limit 1""", String.class);
        String ecm = providerSession(course, "2028-05-09", 20);
        assertThat(enrolSelf(ecm, coordinatorCa, "14CA00", "Cora Coördinator").status()).isEqualTo(201);

        clock.set(Instant.parse("2028-05-09T14:30:00Z")); // 16:30 in Den Haag
        for (String person : people) {
            if (!person.equals("done-3") && !person.equals("done-21")) {
                boolean attended = !person.equals("done-5"); // done-5 (14CB00) did not come
                assertThat(api.post("/api/training/sessions/" + denHaag + "/attendance", platformAdmin(),
                        "{\"participant\":\"" + person + "\",\"attended\":" + attended + "}").status())
                        .as(person).isEqualTo(204);
            }
        }
        api.post("/api/training/sessions/" + ecm + "/attendance", platformAdmin(),
                "{\"participant\":\"done-coord-ca\",\"attended\":true}");
        String certificate = CertificateId.of(SessionId.parse(ecm), new UserId("done-coord-ca")).toString();
        assertThat(PdfText.extract(api.bytes("/api/training/me/certificates/" + certificate, coordinatorCa)))
                .contains("Cora Co", "Professionalisering Sociale Veiligheid", "6 uur");
        // The regional meeting is not accredited: no certificate for it.
        assertThat(jdbc.queryForObject("select count(*) from training_certificate where session_id = ?::uuid",
                Long.class, denHaag)).isZero();

        // 14CA00: the coordinator (meeting 3 h + course 6 h) and staff done-2,4,..,20 (10 people x 3 h).
        // 14CB00: staff done-1,7,9,..,19 attended (done-3 cancelled, done-5 absent): 8 people x 3 h; no coordinator.
        String coordinatorCb = Api.coordinator("done-coord-cb", BOARD_C, "14CB00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/schools/14CA00/training/coverage", coordinatorCa).body()).contains(
                    "{\"role\":\"COORDINATOR\",\"trainedPeople\":1,\"kindsFollowed\":[\"COURSE\",\"REGIONAL_MEETING\"],"
                            + "\"hours\":9,\"gaps\":[]}",
                    "{\"role\":\"STAFF\",\"trainedPeople\":10,\"kindsFollowed\":[\"REGIONAL_MEETING\"],\"hours\":30,"
                            + "\"gaps\":[]}");
            assertThat(api.get("/api/schools/14CB00/training/coverage", coordinatorCb).body()).contains(
                    "{\"role\":\"COORDINATOR\",\"trainedPeople\":0,\"kindsFollowed\":[],\"hours\":0,"
                            + "\"gaps\":[{\"kind\":\"COURSE\",\"withinYears\":3,\"accreditedOnly\":true}]}",
                    "{\"role\":\"STAFF\",\"trainedPeople\":8,\"kindsFollowed\":[\"REGIONAL_MEETING\"],\"hours\":24,"
                            + "\"gaps\":[]}");
        });
    }

    @Test
    void the_seed_regional_meetings_of_may_load_as_data() throws IOException {
        String file;
        try (InputStream in = getClass().getResourceAsStream("/catalogue/seed-catalogue.json")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Http.Response loaded = api.post("/api/training/catalogue/import", platformAdmin(), file);
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);

        String staff = Api.staff("seed-reader", BOARD_B, "13BA00");
        Http.Response meetings = api.get("/api/training/courses?kind=REGIONAL_MEETING", staff);
        assertThat(meetings.body()).contains("\"title\":\"Regionale bijeenkomst sociale veiligheid (v)so\"",
                "\"provider\":\"LECSO en Stichting School & Veiligheid\"", "\"lerarenregister\":false", "\"hours\":3");
        String course = field(meetings.body(), "courseId");
        assertThat(cities(api.get("/api/training/sessions", staff).body())).containsSubsequence("Den Haag",
                "Eindhoven", "Assen", "Utrecht", "Amsterdam"); // what staff can enrol in, soonest first
        Http.Response sessions = api.get("/api/training/courses/" + course + "/sessions", staff);
        assertThat(sessions.status()).isEqualTo(200);
        assertThat(sessions.body().split("\"sessionId\"")).hasSize(6);
        assertThat(cities(sessions.body())).containsExactly("Den Haag", "Eindhoven", "Assen", "Utrecht", "Amsterdam");
        assertThat(sessions.body()).contains("\"date\":\"2028-05-09\"", "\"date\":\"2028-05-11\"",
                "\"date\":\"2028-05-16\"", "\"date\":\"2028-05-18\"", "\"date\":\"2028-05-23\"");
        assertThat(sessions.body().split("\"start\":\"14:00:00\"")).hasSize(6);
        assertThat(sessions.body().split("\"end\":\"17:00:00\"")).hasSize(6);
        assertThat(sessions.body().split("\"capacity\":20")).hasSize(6);
        assertThat(api.get("/api/training/courses?kind=COURSE", staff).body())
                .contains("\"title\":\"Professionalisering Sociale Veiligheid\"", "\"lerarenregister\":true");
    }

    private static List<String> cities(String json) {
        return java.util.regex.Pattern.compile("\"city\":\"([^\"]+)\"").matcher(json).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void a_catalogue_file_with_one_bad_session_stores_nothing_and_names_the_line() {
        long before = stored();
        String file = """
                {"courses":[{"kind":"WORKSHOP","title":"Workshop","provider":"P","hours":2,"sessions":[
                  %s, {"date":"2028-05-09","start":"17:00","end":"14:00","city":"Assen","capacity":20}]}]}"""
                .formatted(Api.session("2028-05-09", 20));
        Http.Response refused = api.post("/api/training/catalogue/import", platformAdmin(), file);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"courses[0].sessions[1].end\"");
        assertThat(stored()).isEqualTo(before);
        assertThat(api.get("/api/training/courses?kind=WORKSHOP", platformAdmin()).body()).doesNotContain("Workshop");
    }

    @Test
    void a_boards_own_course_is_never_visible_to_another_board() {
        Http.Response created = api.post("/api/boards/" + BOARD_A + "/training/courses", Api.boardAdmin(BOARD_A),
                Api.COURSE.replace("Professionalisering Sociale Veiligheid", "Eigen training bestuur A"));
        assertThat(created.status()).isEqualTo(201);
        String course = field(created.body(), "courseId");
        String ownStaff = Api.staff("own-staff", BOARD_A, "12AB00");
        String otherStaff = Api.staff("other-staff", BOARD_B, "13BA00");
        assertThat(api.get("/api/training/courses", ownStaff).body()).contains("Eigen training bestuur A");
        assertThat(api.get("/api/training/courses", otherStaff).body()).doesNotContain("Eigen training bestuur A");
        assertThat(api.get("/api/training/courses/" + course, otherStaff).status()).isEqualTo(404);
        assertThat(api.get("/api/training/courses", platformAdmin()).body()).doesNotContain("Eigen training bestuur A");
        // Board B's admin cannot plan sessions of it either: it does not exist for them.
        assertThat(api.post("/api/boards/" + BOARD_B + "/training/courses/" + course + "/sessions",
                Api.boardAdmin(BOARD_B), Api.session("2028-05-09", 10)).status()).isEqualTo(404);
        Http.Response session = api.post("/api/boards/" + BOARD_A + "/training/courses/" + course + "/sessions",
                Api.boardAdmin(BOARD_A), Api.session("2028-05-09", 10));
        assertThat(session.status()).isEqualTo(201);
        String sessionId = field(session.body(), "sessionId");
        assertThat(api.get("/api/training/sessions/" + sessionId, otherStaff).status()).isEqualTo(404);
        assertThat(api.get("/api/training/sessions", ownStaff).body()).contains(sessionId);
        assertThat(api.get("/api/training/sessions", otherStaff).body()).doesNotContain(sessionId);
        assertThat(enrolSelf(sessionId, otherStaff, "13BA00", "Iemand van B").status()).isEqualTo(404);
        assertThat(enrolSelf(sessionId, ownStaff, "12AB00", "Iemand van A").status()).isEqualTo(201);
    }

    /** 100 people enrol at once for 20 places, through the API. */
    @Test
    void under_concurrent_enrolment_capacity_holds_and_the_waiting_list_has_one_consistent_order() throws Exception {
        String session = providerSession(providerCourse(), "2028-05-18", 20);
        String[] schools = {"12AB00", "12AC00", "13BA00"};
        List<java.util.concurrent.Callable<Http.Response>> calls = new java.util.ArrayList<>();
        for (int n = 0; n < 100; n++) {
            String school = schools[n % 3];
            String token = Api.staff("rush-" + n, school.equals("13BA00") ? BOARD_B : BOARD_A, school);
            String name = "Deelnemer " + n;
            calls.add(() -> enrolSelf(session, token, school, name));
        }
        List<Http.Response> answers = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(50)) {
            for (var future : pool.invokeAll(calls)) {
                answers.add(future.get());
            }
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().filter(a -> a.body().contains("\"status\":\"ENROLLED\""))).hasSize(20);
        List<Integer> positions = answers.stream().filter(a -> a.body().contains("\"status\":\"WAITING\""))
                .map(a -> Integer.parseInt(a.body().replaceAll(".*\"position\":(\\d+).*", "$1"))).sorted().toList();
        assertThat(positions).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 80).boxed().toList());

        // The event history: 100 enrolment decisions, none lost or doubled, in one sequence of the session.
        List<String> types = jdbc.queryForList("""
                select payload_type from domain_event_entry where aggregate_identifier = ? order by sequence_number""",
                String.class, session);
        assertThat(types).hasSize(101);
        assertThat(types.stream().filter(t -> t.endsWith("ParticipantEnrolled"))).hasSize(20);
        assertThat(types.stream().filter(t -> t.endsWith("ParticipantWaitlisted"))).hasSize(80);
        assertThat(types.subList(1, 21)).allMatch(t -> t.endsWith("ParticipantEnrolled"));
        List<String> people = jdbc.queryForList("""
                select participant from training_enrolment where session_id = ?::uuid""", String.class, session);
        assertThat(people).hasSize(100).doesNotHaveDuplicates();
        // Past 50 events the session loads from a snapshot; the counts above prove the snapshot lost nothing.
        assertThat(jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, session)).isPositive();

        // The organiser's list reads in that same order, and each person's answer matches it.
        Http.Response list = api.get("/api/training/sessions/" + session + "/participants", platformAdmin());
        List<String> waitingInListOrder = java.util.regex.Pattern.compile(
                        "\"participant\":\"(rush-\\d+)\"[^}]*\"status\":\"WAITING\",\"position\":(\\d+)")
                .matcher(list.body()).results().map(m -> m.group(1) + "@" + m.group(2)).toList();
        assertThat(waitingInListOrder).hasSize(80);
        for (int i = 0; i < 80; i++) {
            assertThat(waitingInListOrder.get(i)).endsWith("@" + (i + 1));
        }
        for (Http.Response answer : answers) {
            if (answer.body().contains("WAITING")) {
                String who = field(answer.body(), "participant");
                String position = answer.body().replaceAll(".*\"position\":(\\d+).*", "$1");
                assertThat(waitingInListOrder).contains(who + "@" + position);
            }
        }
        assertThat(api.get("/api/training/sessions/" + session, platformAdmin()).body())
                .contains("\"enrolled\":20", "\"waiting\":80", "\"placesLeft\":0");
    }

    @Test
    void a_cancellation_moves_the_first_on_the_waiting_list_up_and_both_are_published() {
        String session = providerSession(providerCourse(), "2028-05-16", 1);
        String first = Api.staff("first", BOARD_A, "12AB00");
        String second = Api.staff("second", BOARD_A, "12AC00");
        String third = Api.staff("third", BOARD_B, "13BA00");
        assertThat(enrolSelf(session, first, "12AB00", "Eerste").body()).contains("\"status\":\"ENROLLED\"");
        assertThat(enrolSelf(session, second, "12AC00", "Tweede").body()).contains("\"status\":\"WAITING\"",
                "\"position\":1");
        assertThat(enrolSelf(session, third, "13BA00", "Derde").body()).contains("\"position\":2");

        Http.Response cancelled = api.delete("/api/schools/12AB00/training/sessions/" + session + "/enrolments/first",
                first);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);

        String list = api.get("/api/training/sessions/" + session + "/participants", platformAdmin()).body();
        assertThat(list).contains("\"participant\":\"second\",\"name\":\"Tweede\",\"nameErased\":false,"
                + "\"schoolId\":\"12AC00\",\"role\":\"STAFF\",\"status\":\"ENROLLED\",\"position\":0");
        assertThat(list).contains("\"participant\":\"third\"", "\"status\":\"WAITING\",\"position\":1")
                .doesNotContain("\"participant\":\"first\"");
        var published = TopicReader.read(TestKafka.bootstrapServers(), TOPIC, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(30)).stream().filter(r -> session.equals(r.key())).map(r -> r.value()).toList();
        assertThat(published).anySatisfy(v -> assertThat(v).contains("\"type\":\"nl.koers.training.EnrolmentCancelled.v1\"",
                "\"participant\":\"first\"", "\"boardid\":\"41001\"", "\"schoolid\":\"12AB00\""));
        assertThat(published).anySatisfy(v -> assertThat(v).contains(
                "\"type\":\"nl.koers.training.PromotedFromWaitingList.v1\"", "\"participant\":\"second\""));
    }

    @Test
    void rescheduling_keeps_every_enrolment_and_tells_the_people_concerned() {
        String session = providerSession(providerCourse(), "2028-05-11", 1);
        enrolSelf(session, Api.staff("stays", BOARD_A, "12AB00"), "12AB00", "Blijft");
        enrolSelf(session, Api.staff("waits", BOARD_A, "12AB00"), "12AB00", "Wacht");
        Http.Response moved = api.post("/api/training/sessions/" + session + "/reschedule", platformAdmin(),
                """
                {"date":"2028-06-01","start":"13:00","end":"16:00","online":true,"capacity":1}""");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.body()).contains("\"date\":\"2028-06-01\"", "\"online\":true", "\"enrolled\":1", "\"waiting\":1");
        String list = api.get("/api/training/sessions/" + session + "/participants", platformAdmin()).body();
        assertThat(list).contains("\"participant\":\"stays\"", "\"participant\":\"waits\"");
        var published = TopicReader.read(TestKafka.bootstrapServers(), TOPIC, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(30)).stream().filter(r -> session.equals(r.key())).map(r -> r.value()).toList();
        assertThat(published).anySatisfy(v -> assertThat(v).contains("\"type\":\"nl.koers.training.SessionRescheduled.v1\"",
                "\"affected\":[\"stays\",\"waits\"]"));
    }

    @Test
    void a_coordinator_enrols_a_colleague_of_the_school_but_not_someone_of_another_school() {
        String session = providerSession(providerCourse(), "2028-05-23", 5);
        // Colleagues become known to training through their own token (ADR 0040).
        api.get("/api/training/me/record", Api.staff("colleague-ab", BOARD_A, "12AB00"));
        api.get("/api/training/me/record", Api.staff("colleague-ac", BOARD_A, "12AC00"));
        String coordinator = Api.coordinator("coordinator-ab", BOARD_A, "12AB00");
        assertThat(api.get("/api/schools/12AB00/training/staff", coordinator).body()).contains("colleague-ab")
                .doesNotContain("colleague-ac");

        Http.Response ok = api.post("/api/schools/12AB00/training/sessions/" + session + "/enrolments", coordinator,
                "{\"participant\":\"colleague-ab\",\"name\":\"Anna de Vries\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.body()).contains("\"participant\":\"colleague-ab\"", "\"status\":\"ENROLLED\"");
        String staffCannot = Api.staff("staff-ab", BOARD_A, "12AB00");
        assertThat(api.post("/api/schools/12AB00/training/sessions/" + session + "/enrolments", staffCannot,
                "{\"participant\":\"colleague-ab\",\"name\":\"X\"}").status()).isEqualTo(403);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("end before start", "session", """
                        {"date":"2028-05-09","start":"17:00","end":"14:00","city":"Assen","capacity":20}""", 400, "end"),
                Arguments.of("negative capacity", "session", """
                        {"date":"2028-05-09","start":"14:00","end":"17:00","city":"Assen","capacity":-1}""", 400, "capacity"),
                Arguments.of("no place", "session", """
                        {"date":"2028-05-09","start":"14:00","end":"17:00","capacity":20}""", 400, "city"),
                Arguments.of("bad date", "session", """
                        {"date":"9 mei","start":"14:00","end":"17:00","city":"Assen","capacity":20}""", 400, "date"),
                Arguments.of("deadline after start", "session", """
                        {"date":"2028-05-09","start":"14:00","end":"17:00","city":"Assen","capacity":20,
                         "enrolmentDeadline":"2028-05-10T00:00:00Z"}""", 422, "enrolmentDeadline"),
                Arguments.of("malformed JSON", "session", "{\"date\":", 400, "body"),
                Arguments.of("course without title", "course", Api.COURSE.replace("Professionalisering Sociale Veiligheid", " "),
                        400, "title"),
                Arguments.of("unknown kind", "course", Api.COURSE.replace("\"COURSE\"", "\"PICNIC\""), 400, "kind"),
                Arguments.of("unknown target role", "course", Api.COURSE.replace("\"staff\"", "\"janitor\""), 400,
                        "targetRoles"),
                Arguments.of("unknown session", "enrol-unknown", "{\"name\":\"Anna\"}", 404, "sessionId"),
                Arguments.of("malformed session id", "enrol-malformed", "{\"name\":\"Anna\"}", 400, "sessionId"),
                Arguments.of("someone of another school", "enrol-other-school",
                        "{\"participant\":\"teacher-ac\",\"name\":\"Ben\"}", 422, "participant"),
                Arguments.of("someone unknown", "enrol-other-school",
                        "{\"participant\":\"never-seen\",\"name\":\"Ben\"}", 404, "participant"),
                Arguments.of("self without a name", "enrol-self", "{}", 400, "name"),
                Arguments.of("blank participant", "enrol-self", "{\"participant\":\" \",\"name\":\"Ben\"}", 400,
                        "participant"),
                Arguments.of("empty catalogue entry", "import", "{\"courses\":[null]}", 400, "courses[0]"),
                Arguments.of("empty session entry", "import", """
                        {"courses":[{"kind":"WORKSHOP","title":"W","provider":"P","hours":2,"sessions":[null]}]}""",
                        400, "courses[0].sessions[0]"),
                Arguments.of("attendance without participant", "attendance", "{\"attended\":true}", 400,
                        "participant"),
                Arguments.of("requirement for an auditor", "requirement",
                        "{\"role\":\"auditor\",\"kind\":\"COURSE\",\"withinYears\":3}", 400, "role"),
                Arguments.of("requirement without years", "requirement",
                        "{\"role\":\"staff\",\"kind\":\"COURSE\"}", 400, "withinYears"));
    }

    @ParameterizedTest(name = "{0} -> {3} naming {4}, nothing stored")
    @MethodSource("badInput")
    void bad_input_is_answered_with_a_problem_naming_the_field_and_changes_nothing(
            String name, String target, String body, int status, String field) {
        String course = providerCourse();
        String session = providerSession(course, "2028-05-09", 20);
        api.get("/api/training/me/record", Api.staff("teacher-ac", BOARD_A, "12AC00")); // known, at 12AC00
        long before = stored();
        long enrolments = jdbc.queryForObject("select count(*) from training_enrolment", Long.class);
        String coordinator = Api.coordinator("coordinator-ab", BOARD_A, "12AB00");
        Http.Response response = switch (target) {
            case "session" -> api.post("/api/training/courses/" + course + "/sessions", platformAdmin(), body);
            case "course" -> api.post("/api/training/courses", platformAdmin(), body);
            case "enrol-unknown" -> api.post("/api/schools/12AB00/training/sessions/" + SessionId.generate()
                    + "/enrolments", coordinator, body);
            case "enrol-malformed" -> api.post("/api/schools/12AB00/training/sessions/not-an-id/enrolments",
                    coordinator, body);
            case "enrol-other-school", "enrol-self" -> api.post("/api/schools/12AB00/training/sessions/" + session
                    + "/enrolments", coordinator, body);
            case "import" -> api.post("/api/training/catalogue/import", platformAdmin(), body);
            case "attendance" -> api.post("/api/training/sessions/" + session + "/attendance", platformAdmin(), body);
            case "requirement" -> api.post("/api/boards/" + BOARD_A + "/training/requirements", Api.boardAdmin(BOARD_A),
                    body);
            default -> throw new IllegalArgumentException(target);
        };
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception", "at nl.");
        assertThat(stored()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from training_enrolment", Long.class)).isEqualTo(enrolments);
    }

    @Test
    void attendance_of_an_accredited_course_yields_a_dutch_certificate_and_the_name_never_travels_in_plain_text() {
        String course = providerCourse();
        String session = providerSession(course, "2028-05-09", 20);
        String token = Api.staff("certified", BOARD_A, "12AB00");
        assertThat(enrolSelf(session, token, "12AB00", "Jolien van Dijk").status()).isEqualTo(201);
        clock.set(Instant.parse("2028-05-09T15:30:00Z"));
        Http.Response recorded = api.post("/api/training/sessions/" + session + "/attendance", platformAdmin(),
                "{\"participant\":\"certified\",\"attended\":true}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);

        String record = api.get("/api/training/me/record", token).body();
        assertThat(record).contains("\"courseTitle\":\"Professionalisering Sociale Veiligheid\"", "\"attended\":true",
                "\"hoursAttended\":6", "\"certificateId\"");
        String certificate = CertificateId.of(SessionId.parse(session), new UserId("certified")).toString();
        String text = PdfText.extract(api.bytes("/api/training/me/certificates/" + certificate, token));
        assertThat(text).contains("Certificaat van deelname", "Jolien van Dijk", "Professionalisering Sociale Veiligheid",
                "ECM dialoog", "dinsdag 9 mei 2028", "6 uur", "Lerarenregister");
        // The coordinator of the school may download it; someone else's own download does not find it.
        String coordinator = Api.coordinator("coordinator-ab", BOARD_A, "12AB00");
        assertThat(PdfText.extract(api.bytes("/api/schools/12AB00/training/certificates/" + certificate, coordinator)))
                .contains("Jolien van Dijk");
        assertThat(api.get("/api/training/me/certificates/" + certificate, Api.staff("nosy", BOARD_A, "12AB00"))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/schools/12AC00/training/certificates/" + certificate, Api.boardAdmin(BOARD_A))
                .status()).isEqualTo(404);

        List<byte[]> payloads = jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ?",
                byte[].class, session);
        assertThat(payloads).isNotEmpty().allSatisfy(p -> assertThat(new String(p, StandardCharsets.UTF_8))
                .doesNotContain("Jolien", "Dijk"));
        var published = TopicReader.read(TestKafka.bootstrapServers(), TOPIC, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(30)).stream().filter(r -> session.equals(r.key())).map(r -> r.value()).toList();
        assertThat(published).anySatisfy(v -> assertThat(v).contains("\"type\":\"nl.koers.training.CertificateIssued.v1\""));
        assertThat(published).allSatisfy(v -> assertThat(v).doesNotContain("Jolien"));

        // Erasing the person erases the name everywhere: the list shows it erased, the certificate cannot be made.
        vault.erase(nl.koers.contracts.training.TrainingEvent.participantSubject(new UserId("certified")));
        assertThat(api.get("/api/training/sessions/" + session + "/participants", platformAdmin()).body())
                .contains("\"participant\":\"certified\",\"name\":null,\"nameErased\":true").doesNotContain("Jolien");
        Http.Response erased = api.get("/api/training/me/certificates/" + certificate, token);
        assertThat(erased.status()).isEqualTo(409);
        assertThat(erased.body()).contains("subject-erased").doesNotContain("Jolien");
    }

    @Test
    void a_schools_coverage_shows_the_boards_requirement_as_a_gap_until_someone_in_the_role_attends() {
        String admin = Api.boardAdmin(BOARD_A);
        Http.Response set = api.post("/api/boards/" + BOARD_A + "/training/requirements", admin,
                "{\"role\":\"coordinator\",\"kind\":\"COURSE\",\"withinYears\":3,\"accreditedOnly\":true}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        String coordinator = Api.coordinator("anti-bullying", BOARD_A, "12AC00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/schools/12AC00/training/coverage", coordinator).body()).contains(
                "\"role\":\"COORDINATOR\",\"trainedPeople\":0", "\"gaps\":[{\"kind\":\"COURSE\",\"withinYears\":3"));

        String session = providerSession(providerCourse(), "2028-05-09", 20);
        assertThat(enrolSelf(session, coordinator, "12AC00", "Carla Coördinator").status()).isEqualTo(201);
        clock.set(Instant.parse("2028-05-09T16:00:00Z"));
        api.post("/api/training/sessions/" + session + "/attendance", platformAdmin(),
                "{\"participant\":\"anti-bullying\",\"attended\":true}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/schools/12AC00/training/coverage", coordinator).body()).contains(
                "\"role\":\"COORDINATOR\",\"trainedPeople\":1,\"kindsFollowed\":[\"COURSE\"],\"hours\":6,\"gaps\":[]"));

        var published = TopicReader.read(TestKafka.bootstrapServers(), TOPIC, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(30)).stream().filter(r -> "12AC00".equals(r.key())).map(r -> r.value()).toList();
        assertThat(published).anySatisfy(v -> assertThat(v).contains(
                "\"type\":\"nl.koers.training.TrainingCoverageChanged.v1\"", "\"trainedPeople\":1", "\"gaps\":[]",
                "\"schoolid\":\"12AC00\"", "\"boardid\":\"41001\""));
        assertThat(api.get("/api/boards/" + BOARD_B + "/training/coverage", Api.boardAdmin(BOARD_B)).body())
                .doesNotContain("12AC00");
    }

    @Test
    void rest_calls_become_cloudevents_on_the_training_topic() {
        String course = providerCourse();
        var published = TopicReader.read(TestKafka.bootstrapServers(), TOPIC, 1, Duration.ofSeconds(1),
                Duration.ofSeconds(30)).stream().filter(r -> course.equals(r.key())).toList();
        assertThat(published).singleElement().satisfies(r -> assertThat(r.value()).contains(
                "\"type\":\"nl.koers.training.CoursePublished.v1\"", "\"source\":\"koers/training-service\"",
                "\"subject\":\"" + course + "\"", "\"actor\":\"provider-admin\"", "\"kind\":\"COURSE\""));
    }

    @Test
    void learning_needs_from_the_plan_are_shown_against_matching_offers_and_a_redelivery_counts_once() {
        providerCourse(); // "Professionalisering Sociale Veiligheid"
        var needs = new nl.koers.contracts.plan.LearningNeedsPublished(nl.koers.contracts.plan.PlanId.generate(),
                new nl.koers.platform.id.BoardId(BOARD_A), new nl.koers.platform.id.SchoolId("12AB00"),
                nl.koers.contracts.plan.SchoolYear.startingIn(2027),
                List.of("Het team wil meer weten over sociale veiligheid in de klas", "Omgaan met ouders"));
        var codec = new nl.koers.platform.events.CloudEventCodec(nl.koers.contracts.KoersContracts.eventTypes());
        String envelope = codec.encode(new nl.koers.platform.events.CloudEvent(java.util.UUID.randomUUID().toString(),
                "koers/plan-service", nl.koers.platform.events.EventTypes.typeName(needs.getClass()),
                needs.planId().toString(), Instant.now(), BOARD_A, "12AB00", "coordinator-ab", needs));
        TenantFixtures.send(TestKafka.bootstrapServers(), "koers.plan.events", needs.planId().toString(), envelope);
        // The same event id again (Kafka is at least once), here with other content: it must change nothing.
        TenantFixtures.send(TestKafka.bootstrapServers(), "koers.plan.events", needs.planId().toString(),
                envelope.replace("Omgaan met ouders", "Iets anders"));

        String coordinator = Api.coordinator("coordinator-ab", BOARD_A, "12AB00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/schools/12AB00/training/learning-needs", coordinator).body())
                .contains("\"need\":\"Het team wil meer weten over sociale veiligheid in de klas\",\"offers\":[{",
                        "\"title\":\"Professionalisering Sociale Veiligheid\"",
                        "\"need\":\"Omgaan met ouders\",\"offers\":[]", "\"schoolYear\":\"2027-2028\""));
        // A later event on the same key (same partition, consumed in order) marks that the duplicate was read.
        var later = new nl.koers.contracts.plan.LearningNeedsPublished(needs.planId(), needs.boardId(),
                new nl.koers.platform.id.SchoolId("12AC00"), needs.schoolYear(), List.of("Marker"));
        TenantFixtures.send(TestKafka.bootstrapServers(), "koers.plan.events", needs.planId().toString(),
                codec.encode(new nl.koers.platform.events.CloudEvent(java.util.UUID.randomUUID().toString(),
                        "koers/plan-service", nl.koers.platform.events.EventTypes.typeName(later.getClass()),
                        later.planId().toString(), Instant.now(), BOARD_A, "12AC00", "coordinator-ac", later)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from training_learning_need where school_id = '12AC00'", Long.class) == 1);
        assertThat(jdbc.queryForList("select need from training_learning_need where school_id = '12AB00' order by position",
                String.class)).containsExactly("Het team wil meer weten over sociale veiligheid in de klas",
                "Omgaan met ouders");
        assertThat(api.get("/api/schools/12AB00/training/learning-needs", Api.boardAdmin(BOARD_B)).status())
                .isEqualTo(404);
    }

    @Test
    void without_a_token_the_answer_is_401() {
        assertThat(api.get("/api/training/courses", null).status()).isEqualTo(401);
        String expired = TestTokens.issuer().expiredToken("x", BOARD_A, List.of("12AB00"), "staff");
        assertThat(api.get("/api/training/courses", expired).status()).isEqualTo(401);
    }
}
