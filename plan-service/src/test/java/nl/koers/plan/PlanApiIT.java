package nl.koers.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.koers.contracts.KoersContracts;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.PlanStarted;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.PresetApplied;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.contracts.plan.TopicAdded;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.contracts.plan.TopicStatusChanged;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.pdf.PdfText;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PlanApiIT extends PlanIntegrationTest {
    static final String BOARD_A = "42001";
    static final String BOARD_B = "42002";
    static final String PRESET_BOARD = "42003";
    static final String YEAR = "2026-2027";
    static final CloudEventCodec CODEC = new CloudEventCodec(KoersContracts.eventTypes());

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        TenantFixtures.onboardAndAwait(directory, BOARD_A, "22AB00", "22AC00", "22AD00", "22AE00", "22AF00", "22AG00");
        TenantFixtures.onboardAndAwait(directory, BOARD_B, "23BA00");
    }

    static String coordinator(String school) {
        return TestTokens.issuer().token("coord-" + school, BOARD_A, List.of(school), "coordinator");
    }

    static String staff(String user, String school) {
        return TestTokens.issuer().token(user, BOARD_A, List.of(school), "staff");
    }

    String plans(String school) {
        return "/api/schools/" + school + "/plans";
    }

    /** Starts (or finds) the plan of this school year and answers its id. */
    String plan(String school) {
        Http.Response started = put(plans(school) + "/year/" + YEAR, coordinator(school), "{}");
        assertThat(started.status()).as(started.body()).isIn(200, 201);
        return field(started.body(), "planId");
    }

    @Test
    void a_coordinator_takes_a_school_from_an_empty_plan_to_a_complete_downloadable_plan() {
        String school = "22AB00";
        String token = coordinator(school);
        Http.Response started = put(plans(school) + "/year/" + YEAR, token, "{}");
        assertThat(started.status()).isEqualTo(201);
        String id = field(started.body(), "planId");
        String plan = plans(school) + "/" + id;

        JsonNode empty = json(Http.get(url(plan), token));
        assertThat(empty.get("topicSetVersion").asString()).isEqualTo("default-topics.v1");
        assertThat(empty.get("blocks")).hasSize(7);
        for (JsonNode block : empty.get("blocks")) {
            assertThat(block.get("done").asInt()).isZero();
            for (JsonNode topic : block.get("items")) {
                String path = plan + "/blocks/" + block.get("block").asString() + "/topics/"
                        + topic.get("topicId").asString();
                assertThat(patch(path, token, "{\"text\":\"Onze aanpak voor " + topic.get("title").asString()
                        + ".\",\"status\":\"DONE\"}").status()).isEqualTo(200);
            }
        }
        assertThat(put(plan + "/coordinator", token, "{\"userId\":\"ib-er-1\"}").status()).isEqualTo(200);
        assertThat(post(plan + "/goals", token, "{\"block\":\"PREVENTIE\",\"title\":\"Alle groepen doen de Gouden Weken\"}")
                .status()).isEqualTo(201);
        Http.Response action = post(plan + "/action-points", token, """
                {"title":"Pestprotocol herzien","block":"HANDELEN","owner":"Intern begeleider",
                 "dueDate":"2027-01-31","priority":"HIGH"}""");
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        assertThat(json(action).get("status").asString()).isEqualTo("OPEN");
        assertThat(put(plan + "/duty-details", token, """
                {"antiBullyingCoordinatorName":"Marieke de Vries","antiBullyingCoordinatorContact":"m.devries@school.example",
                 "antiBullyingProgramme":"KiVa","confidentialAdviserKind":"EXTERNAL","confidentialAdviserName":"Jan Bakker",
                 "complaintsProcedure":"Klachtenregeling Stichting Koers 2026"}""").status()).isEqualTo(200);
        Http.Response partner = post(plan + "/partners", token, """
                {"kind":"POLICE","organisation":"Politie Groningen","contactPerson":"Wijkagent Pieters",
                 "phone":"06-12345678","email":"pieters@politie.example","tasks":"Signalen op straat",
                 "meetingFrequency":"Elk kwartaal"}""");
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        assertThat(post(plan + "/partner-agreements/start-of-year", token, """
                {"date":"2026-09-15","themes":[{"theme":1,"note":"Wijkagent en jongerenwerk zijn aan zet."}]}""")
                .status()).isEqualTo(200);
        assertThat(post(plan + "/learning-needs", token, "{\"needs\":[\"Training signaleren radicalisering\"]}")
                .status()).isEqualTo(200);
        assertThat(post(plan + "/documents", token, """
                {"block":"HANDELEN","title":"Pestprotocol","kind":"PROTOCOL","location":"Teams > Beleid",
                 "link":"https://intranet.example/pestprotocol.pdf"}""").status()).isEqualTo(201);
        Http.Response evaluated = post(plan + "/evaluation", token,
                "{\"evaluatedOn\":\"" + java.time.LocalDate.now() + "\",\"whatWorked\":\"De Gouden Weken werkten.\","
                        + "\"carryOver\":\"Online pesten blijft een speerpunt.\"}");
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);

        JsonNode complete = json(Http.get(url(plan), token));
        for (JsonNode block : complete.get("blocks")) {
            assertThat(block.get("done").asInt()).as(block.get("block").asString())
                    .isEqualTo(block.get("topics").asInt()).isPositive();
        }
        assertThat(complete.get("coordinator").asString()).isEqualTo("ib-er-1");
        assertThat(complete.get("partners").get(0).get("contactPerson").asString()).isEqualTo("Wijkagent Pieters");
        assertThat(duty(complete, "SOCIAL_SAFETY_POLICY").get("state").asString()).isEqualTo("MET");
        assertThat(duty(complete, "ANTI_BULLYING_COORDINATOR").get("state").asString()).isEqualTo("MET");
        assertThat(duty(complete, "YEARLY_MONITORING").get("state").asString()).isEqualTo("NOT_MET");

        String text = PdfText.extract(getBytes(plan + "/pdf", token)).replaceAll("\\s+", " ");
        assertThat(text).contains("Veiligheidsplan School 22AB00 2026-2027", "Wettelijke en aanbevolen plichten",
                "Anti-pestcoördinator en aanspreekpunt pesten (naam en contact) (wettelijk)", "voldaan. Er is een",
                "Jaarlijkse monitoring", "niet voldaan. Er is in 2026-2027 nog geen monitorronde afgesloten",
                "26 van 26 onderwerpen klaar", "Bouwsteen Visie", "Bouwsteen Borging", "Onze aanpak voor",
                "Pestprotocol herzien", "Intern begeleider", "Politie: Politie Groningen", "Wijkagent Pieters",
                "Training signaleren radicalisering", "De Gouden Weken werkten.",
                "Thema 1 (Wie zijn aan zet? Brede sociale veiligheid): Wijkagent en jongerenwerk zijn aan zet.");
        assertThat(complete.get("partnerThemes")).hasSize(6);
        assertThat(complete.get("partnerThemes").get(5).get("title").asString()).isEqualTo("Professionalisering");

        JsonNode history = json(Http.get(url(plan + "/history"), token));
        assertThat(history.get(0).get("type").asString()).isEqualTo("nl.koers.plan.PlanStarted.v1");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("coord-22AB00");
        assertThat(history.get(0).get("at").asString()).isNotBlank();
        assertThat(history.findValuesAsString("type")).contains("nl.koers.plan.TopicTextChanged.v1",
                "nl.koers.plan.ActionPointAdded.v1", "nl.koers.plan.PlanEvaluated.v1",
                "nl.koers.plan.LearningNeedsPublished.v1");
        assertThat(history.toString()).doesNotContain("Wijkagent Pieters", "Marieke");
    }

    private static JsonNode duty(JsonNode plan, String code) {
        for (JsonNode duty : plan.get("duties")) {
            if (duty.get("code").asString().equals(code)) {
                return duty;
            }
        }
        throw new AssertionError("no duty " + code);
    }

    @Test
    void plan_events_reach_kafka_as_cloudevents_and_progress_per_block_follows_from_them_alone() {
        String school = "22AC00";
        String id = plan(school);
        String plan = plans(school) + "/" + id;
        String token = coordinator(school);
        patch(plan + "/blocks/VISIE/topics/visie.kernwaarden", token, "{\"text\":\"Wij zijn een veilige school\"}");
        patch(plan + "/blocks/VISIE/topics/visie.omgangsafspraken", token, "{\"status\":\"DONE\"}");
        assertThat(post(plan + "/blocks/PREVENTIE/topics", token, "{\"title\":\"Buddy-project\"}").status())
                .isEqualTo(201);
        patch(plan + "/blocks/SIGNALEREN/topics/signaleren.route", token, "{\"needsAttention\":true}");

        List<CloudEvent> events = await().atMost(Duration.ofSeconds(30)).until(() -> published(id),
                list -> list.stream().filter(e -> !e.type().contains("DutiesEvaluated")).count() >= 5);
        CloudEvent first = events.get(0);
        assertThat(first.type()).isEqualTo("nl.koers.plan.PlanStarted.v1");
        assertThat(first.boardId()).isEqualTo(BOARD_A);
        assertThat(first.schoolId()).isEqualTo(school);
        assertThat(first.actor()).isEqualTo("coord-" + school);
        assertThat(first.subject()).isEqualTo(id);

        Map<String, PlanTopic> topics = new HashMap<>();
        for (CloudEvent e : events) {
            switch (e.data()) {
                case PlanStarted s -> s.topics().forEach(t -> topics.put(t.topicId(), t));
                case TopicAdded a -> topics.put(a.topicId(), new PlanTopic(a.block(), a.topicId(), a.title(), "",
                        a.status(), false, false));
                case nl.koers.contracts.plan.TopicTextChanged t -> topics.computeIfPresent(t.topicId(),
                        (k, v) -> withStatus(v, t.status()));
                case TopicStatusChanged t -> topics.computeIfPresent(t.topicId(), (k, v) -> withStatus(v, t.status()));
                default -> { }
            }
        }
        Map<BuildingBlock, int[]> fromEvents = new EnumMap<>(BuildingBlock.class);
        topics.values().forEach(t -> {
            int[] counts = fromEvents.computeIfAbsent(t.block(), b -> new int[2]);
            counts[0]++;
            counts[1] += t.status() == TopicStatus.DONE ? 1 : 0;
        });
        JsonNode view = json(Http.get(url(plan), token));
        for (JsonNode block : view.get("blocks")) {
            int[] counts = fromEvents.get(BuildingBlock.valueOf(block.get("block").asString()));
            assertThat(counts[0]).as(block.get("block").asString()).isEqualTo(block.get("topics").asInt());
            assertThat(counts[1]).as(block.get("block").asString()).isEqualTo(block.get("done").asInt());
        }
        assertThat(fromEvents.get(BuildingBlock.PREVENTIE)[0]).isEqualTo(5);
        assertThat(fromEvents.get(BuildingBlock.VISIE)[1]).isEqualTo(1);
    }

    private static PlanTopic withStatus(PlanTopic t, TopicStatus status) {
        return new PlanTopic(t.block(), t.topicId(), t.title(), t.text(), status, t.needsAttention(), t.byBoard());
    }

    private static List<CloudEvent> published(String planId) {
        return TopicReader.read(TestKafka.bootstrapServers(), "koers.plan.events", 1, Duration.ofMillis(500),
                        Duration.ofSeconds(10)).stream()
                .filter(r -> planId.equals(r.key())).map(ConsumerRecord::value).map(CODEC::decode).toList();
    }

    @Test
    void duties_are_published_when_a_fact_changes_and_monitoring_is_met_by_a_closed_and_delivered_round() {
        String school = "22AD00";
        String id = plan(school);
        String token = coordinator(school);
        await().atMost(Duration.ofSeconds(30)).until(() -> published(id).stream()
                .anyMatch(e -> e.type().equals("nl.koers.plan.DutiesEvaluated.v1")));

        RoundId round = RoundId.generate();
        survey(school, new RoundClosed(round, new BoardId(BOARD_A), new SchoolId(school), YEAR, Instant.now(), false,
                212));
        await().atMost(Duration.ofSeconds(30)).until(() -> monitoring(school, id, token).get("reason").asString()
                .contains("nog niet aangeleverd"));
        assertThat(monitoring(school, id, token).get("state").asString()).isEqualTo("NOT_MET");
        CloudEvent delivered = survey(school, new DeliveredToInspectie(round, new BoardId(BOARD_A),
                new SchoolId(school), YEAR, Instant.now(), new UserId("coord"), "ab12"));
        TenantFixtures.send(TestKafka.bootstrapServers(), "koers.survey.events", school, CODEC.encode(delivered));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> monitoring(school, id, token).get("state").asString().equals("MET"));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(id).stream()
                .filter(e -> e.type().equals("nl.koers.plan.DutiesEvaluated.v1")).reduce((a, b) -> b)
                .map(e -> ((nl.koers.contracts.plan.DutiesEvaluated) e.data()).duties().stream()
                        .anyMatch(d -> d.code().equals("YEARLY_MONITORING") && d.state().name().equals("MET")))
                .orElse(false));
        assertThat(jdbc.queryForObject("select count(*) from platform_processed_event where event_id = ?",
                Long.class, delivered.id())).as("a redelivered event is processed once").isEqualTo(1);
    }

    private CloudEvent survey(String school, Object event) {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), "koers/survey-service",
                EventTypes.typeName(event.getClass()), UUID.randomUUID().toString(), Instant.now(), BOARD_A, school,
                "coord", event);
        TenantFixtures.send(TestKafka.bootstrapServers(), "koers.survey.events", school, CODEC.encode(envelope));
        return envelope;
    }

    private JsonNode monitoring(String school, String id, String token) {
        return duty(json(Http.get(url(plans(school) + "/" + id + "/duties"), token)), "YEARLY_MONITORING");
    }

    @Test
    void starting_twice_answers_the_same_plan_and_next_year_carries_over_texts_open_goals_and_open_actions() {
        String school = "22AE00";
        String id = plan(school);
        String token = coordinator(school);
        patch(plans(school) + "/" + id + "/blocks/VISIE/topics/visie.kernwaarden", token,
                "{\"text\":\"Meegenomen tekst\",\"status\":\"IN_PROGRESS\"}");
        post(plans(school) + "/" + id + "/goals", token, "{\"title\":\"Nog niet behaald\"}");
        post(plans(school) + "/" + id + "/goals", token, "{\"title\":\"Behaald\",\"achieved\":true}");
        post(plans(school) + "/" + id + "/action-points", token,
                "{\"title\":\"Loopt nog\",\"block\":\"HANDELEN\",\"dueDate\":\"2026-12-01\"}");
        post(plans(school) + "/" + id + "/action-points", token,
                "{\"title\":\"Afgerond\",\"block\":\"HANDELEN\",\"dueDate\":\"2026-12-01\",\"status\":\"DONE\"}");
        Http.Response again = put(plans(school) + "/year/" + YEAR, token, "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(field(again.body(), "planId")).isEqualTo(id);

        Http.Response next = put(plans(school) + "/year/2027-2028", token, "{\"carryOver\":true}");
        assertThat(next.status()).isEqualTo(201);
        JsonNode carried = json(Http.get(url(plans(school) + "/" + field(next.body(), "planId")), token));
        assertThat(carried.get("carriedOverFrom").asString()).isEqualTo(id);
        assertThat(carried.toString()).contains("Meegenomen tekst");
        assertThat(carried.get("goals").findValuesAsString("title")).containsExactly("Nog niet behaald");
        assertThat(carried.get("actionPoints")).singleElement().satisfies(action -> {
            assertThat(action.get("title").asString()).isEqualTo("Loopt nog");
            assertThat(action.get("dueDate").asString()).as("late work is due on the new year's first day")
                    .isEqualTo("2027-08-01");
        });
        assertThat(json(Http.get(url(plans(school)), token))).hasSize(2);
    }

    @Test
    void staff_read_the_plan_but_edit_only_as_contributor() {
        String school = "22AF00";
        String id = plan(school);
        String topic = plans(school) + "/" + id + "/blocks/VISIE/topics/visie.kernwaarden";
        String staff = staff("staff-f", school);
        assertThat(Http.get(url(plans(school) + "/" + id), staff).status()).isEqualTo(200);
        long before = stored();
        Http.Response refused = patch(topic, staff, "{\"text\":\"Nog geen bijdrager\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(stored()).isEqualTo(before);

        assertThat(put(plans(school) + "/" + id + "/contributors", coordinator(school),
                "{\"userIds\":[\"staff-f\"]}").status()).isEqualTo(200);
        assertThat(patch(topic, staff, "{\"text\":\"Nu wel\"}").status()).isEqualTo(200);
        String boardAdmin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        assertThat(patch(topic, boardAdmin, "{\"text\":\"Bestuur schrijft niet mee\"}").status()).isEqualTo(403);
    }

    @Test
    void a_partner_contact_is_never_stored_in_plain_text_and_erasing_it_leaves_the_plan_intact(
            @Autowired nl.koers.platform.privacy.PersonalDataVault vault) {
        String school = "22AF00";
        String plan = plans(school) + "/" + plan(school);
        Http.Response partner = post(plan + "/partners", coordinator(school), """
                {"kind":"YOUTH_WORK","organisation":"Jongerenwerk Stad","contactPerson":"Fatima El Amrani",
                 "phone":"06-87654321","email":"fatima@jongerenwerk.example","tasks":"Straatwerk"}""");
        assertThat(partner.status()).isEqualTo(201);
        String partnerId = field(partner.body(), "partnerId");
        List<byte[]> payloads = jdbc.queryForList("select payload from domain_event_entry where payload_type like "
                + "'%PartnerRecorded'", byte[].class);
        assertThat(payloads).isNotEmpty().allSatisfy(p -> assertThat(
                new String(p, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Fatima", "06-87654321", "jongerenwerk.example"));

        vault.erase(nl.koers.plan.safetyplan.Plan.partnerSubject(nl.koers.contracts.plan.PlanId.parse(
                plan.substring(plan.lastIndexOf('/') + 1)), UUID.fromString(partnerId)));
        JsonNode erased = json(Http.get(url(plan), coordinator(school)));
        JsonNode row = null;
        for (JsonNode p : erased.get("partners")) {
            if (p.get("partnerId").asString().equals(partnerId)) {
                row = p;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("organisation").asString()).isEqualTo("Jongerenwerk Stad");
        assertThat(row.get("contactPerson").isNull()).isTrue();
        assertThat(row.get("email").isNull()).isTrue();
        assertThat(erased.toString()).doesNotContain("Fatima");
    }

    @Test
    void another_board_gets_404_for_the_plan_its_history_and_its_download() {
        String id = plan("22AB00");
        String boardB = TestTokens.issuer().token("admin-b", BOARD_B, List.of(), "board-admin");
        for (String path : List.of("", "/history", "/pdf", "/duties")) {
            Http.Response response = Http.get(url(plans("22AB00") + "/" + id + path), boardB);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Onze aanpak", "22AB00\",\"schoolYear");
        }
        String otherSchoolAdmin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        assertThat(Http.get(url(plans("22AC00") + "/" + id), otherSchoolAdmin).status())
                .as("a plan is found only under its own school").isEqualTo(404);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("unknown building block", "PATCH", "/blocks/VEILIGHEID/topics/visie.kernwaarden",
                        "{\"text\":\"x\"}", 400, "block"),
                Arguments.of("unknown topic", "PATCH", "/blocks/VISIE/topics/visie.onbekend", "{\"text\":\"x\"}",
                        404, "topicId"),
                Arguments.of("text over the limit", "PATCH", "/blocks/VISIE/topics/visie.kernwaarden",
                        "{\"text\":\"" + "x".repeat(20_001) + "\"}", 400, "text"),
                Arguments.of("unknown status", "PATCH", "/blocks/VISIE/topics/visie.kernwaarden",
                        "{\"status\":\"HALF\"}", 400, "status"),
                Arguments.of("unknown block in an action point", "POST", "/action-points",
                        "{\"title\":\"x\",\"block\":\"MOON\",\"dueDate\":\"2027-01-31\"}", 400, "block"),
                Arguments.of("invalid date", "POST", "/action-points",
                        "{\"title\":\"x\",\"block\":\"HANDELEN\",\"dueDate\":\"31-01-2027\"}", 400, "dueDate"),
                Arguments.of("due before the plan year", "POST", "/action-points",
                        "{\"title\":\"x\",\"block\":\"HANDELEN\",\"dueDate\":\"2026-07-31\"}", 422, "dueDate"),
                Arguments.of("action point without title", "POST", "/action-points",
                        "{\"block\":\"HANDELEN\",\"dueDate\":\"2027-01-31\"}", 400, "title"),
                Arguments.of("evaluation in the future", "POST", "/evaluation",
                        "{\"evaluatedOn\":\"2027-07-01\",\"whatWorked\":\"x\"}", 422, "evaluatedOn"),
                Arguments.of("theme 7 of a six-theme card", "POST", "/partner-agreements/start-of-year",
                        "{\"date\":\"2026-09-01\",\"themes\":[{\"theme\":7,\"note\":\"x\"}]}", 400, "themes"),
                Arguments.of("malformed JSON", "POST", "/goals", "{\"title\": ", 400, "body"));
    }

    @ParameterizedTest(name = "{0} -> {4} naming {5}, nothing stored")
    @MethodSource("badInput")
    void bad_input_is_answered_with_a_problem_naming_the_field_and_changes_nothing(
            String name, String method, String path, String body, int status, String field) {
        String id = plan("22AB00");
        long before = stored();
        Http.Response response = send(method, plans("22AB00") + "/" + id + path, coordinator("22AB00"), body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception", "at nl.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_unknown_school_a_malformed_id_or_year_and_a_start_that_cannot_be_made_are_refused() {
        String admin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        long before = stored();
        Http.Response unknown = put(plans("99ZZ00") + "/year/" + YEAR, admin, "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"field\":\"schoolId\"");
        Http.Response badId = Http.get(url(plans("22AB00") + "/not-a-plan"), admin);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).contains("\"field\":\"planId\"");
        Http.Response badYear = put(plans("22AB00") + "/year/2026-2028", admin, "{}");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("\"field\":\"schoolYear\"");
        Http.Response nothingToCarry = put(plans("22AG00") + "/year/2027-2028", admin, "{\"carryOver\":true}");
        assertThat(nothingToCarry.status()).isEqualTo(422);
        assertThat(nothingToCarry.body()).contains("\"field\":\"carryOver\"");
        Http.Response closedYear = put(plans("22AB00") + "/year/2020-2021", admin, "{}");
        assertThat(closedYear.status()).isEqualTo(422);
        assertThat(stored()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from plan_index where school_id in ('22AB00', '22AG00') "
                + "and school_year "
                + "in ('2020-2021', '2027-2028')", Long.class)).as("the index row of a refused start is rolled back")
                .isZero();
    }

    @Test
    void a_board_presets_items_for_50_schools_in_one_call_without_overwriting_school_text(
            @Autowired SchoolDirectory directory) {
        String[] schools = java.util.stream.IntStream.range(0, 50).mapToObj(i -> String.format("50PA%02d", i))
                .toArray(String[]::new);
        TenantFixtures.onboardAndAwait(directory, PRESET_BOARD, schools);
        String admin = TestTokens.issuer().token("admin-p", PRESET_BOARD, List.of(), "board-admin");
        String own = TestTokens.issuer().token("coord-p", PRESET_BOARD, List.of(schools[0]), "coordinator");
        String ownPlan = field(put(plans(schools[0]) + "/year/" + YEAR, own, "{}").body(), "planId");
        patch(plans(schools[0]) + "/" + ownPlan + "/blocks/VISIE/topics/visie.kernwaarden", own,
                "{\"text\":\"Onze eigen visie\"}");

        Http.Response published = post("/api/boards/" + PRESET_BOARD + "/plan-presets", admin, """
                {"title":"Bestuursafspraken 2026-2027",
                 "topics":[{"block":"VISIE","topicId":"visie.kernwaarden","title":"Visie","text":"Visie van het bestuur"},
                           {"block":"VOORWAARDEN","topicId":"voorwaarden.bestuursloket","title":"Bestuursloket",
                            "text":"Meldingen kunnen ook bij het bestuursloket."}],
                 "agreements":["Eén klachtenregeling voor alle scholen"],"focusPoints":["Online pesten"]}""");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        String presetId = field(published.body(), "presetId");

        long started = System.nanoTime();
        Http.Response applied = post("/api/boards/" + PRESET_BOARD + "/plan-presets/" + presetId + "/applications",
                admin, "{\"all\":true}");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        JsonNode results = json(applied).get("schools");
        assertThat(results).hasSize(50);
        System.out.printf("preset applied to 50 schools in %d ms%n", millis);

        JsonNode first = results.get(0);
        assertThat(first.get("schoolId").asString()).isEqualTo(schools[0]);
        assertThat(first.get("planStarted").asBoolean()).isFalse();
        assertThat(first.get("filled").asInt()).isEqualTo(1);
        assertThat(first.get("conflicts").get(0).get("presetText").asString()).isEqualTo("Visie van het bestuur");
        assertThat(results.get(1).get("planStarted").asBoolean()).isTrue();
        assertThat(results.get(1).get("filled").asInt()).isEqualTo(2);

        JsonNode ownView = json(Http.get(url(plans(schools[0]) + "/" + ownPlan), own));
        assertThat(ownView.toString()).contains("Onze eigen visie", "Meldingen kunnen ook bij het bestuursloket.");
        assertThat(ownView.get("presets").get(0).get("conflicts")).hasSize(1);
        JsonNode other = json(Http.get(url(plans(schools[1]) + "/" + results.get(1).get("planId").asString()),
                admin));
        JsonNode visie = other.get("blocks").get(0).get("items").get(0);
        assertThat(visie.get("text").asString()).isEqualTo("Visie van het bestuur");
        assertThat(visie.get("byBoard").asBoolean()).isTrue();

        List<ConsumerRecord<String, String>> onKafka = TopicReader.read(TestKafka.bootstrapServers(),
                "koers.plan.events", 1, Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(onKafka.stream().map(r -> CODEC.decode(r.value())).filter(e -> e.data() instanceof PresetApplied p
                && p.presetId().toString().equals(presetId)).count()).isEqualTo(50);
    }

    @Test
    void a_preset_naming_a_school_of_another_board_is_refused_whole() {
        String admin = TestTokens.issuer().token("admin-a", BOARD_A, List.of(), "board-admin");
        Http.Response published = post("/api/boards/" + BOARD_A + "/plan-presets", admin, """
                {"title":"Preset","topics":[{"block":"VISIE","topicId":"visie.kernwaarden","title":"Visie",
                 "text":"Bestuurstekst"}]}""");
        String presetId = field(published.body(), "presetId");
        long before = stored();
        Http.Response refused = post("/api/boards/" + BOARD_A + "/plan-presets/" + presetId + "/applications", admin,
                "{\"schools\":[\"22AB00\",\"23BA00\"]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("schools[1]");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_platform_admin_switches_the_coming_law_on_and_every_open_plan_shows_its_duties() {
        String id = plan("22AB00");
        String platform = TestTokens.issuer().token("ops", null, List.of(), "platform-admin");
        String rule = "/api/plan/rule-sets/wet-vrij-en-veilig-onderwijs.v1/activation";
        try {
            assertThat(put(rule, platform, "{\"active\":true}").status()).isEqualTo(200);
            JsonNode duties = json(Http.get(url(plans("22AB00") + "/" + id + "/duties"), coordinator("22AB00")));
            assertThat(duties.get("ruleSetId").asString()).endsWith("+wet-vrij-en-veilig-onderwijs.v1");
            assertThat(duties.toString()).contains("\"kind\":\"KOMEND\"", "WVVO_STAFF_MONITORING");
            await().atMost(Duration.ofSeconds(30)).until(() -> published(id).stream()
                    .filter(e -> e.type().equals("nl.koers.plan.DutiesEvaluated.v1")).reduce((a, b) -> b)
                    .map(e -> ((nl.koers.contracts.plan.DutiesEvaluated) e.data()).ruleSetId()
                            .contains("wet-vrij-en-veilig-onderwijs")).orElse(false));
            assertThat(put("/api/plan/rule-sets/wet-veiligheid-op-school-2015.v1/activation", platform,
                    "{\"active\":false}").status()).as("law in force cannot be switched off").isEqualTo(422);
        } finally {
            put(rule, platform, "{\"active\":false}");
        }
    }

    private Http.Response post(String path, String token, String json) {
        return Http.post(url(path), token, json);
    }
}
