package nl.koers.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.PersonDataErased;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.ReportToInspectorRequired;
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
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.InspectieDeliveryReminderDue;
import nl.koers.contracts.survey.MonitorResultsPublished;
import nl.koers.contracts.survey.MonitorResultsPublished.ScaleResult;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.RoundOpened;
import nl.koers.contracts.survey.Scale;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The school and board dashboards over a history with events of every context, on a clock fixed at 15 June 2027
 * (school year 2026-2027, two weeks before the Inspectie deadline of 1 July).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SchoolDashboardIT.FixedClock.class)
class SchoolDashboardIT {
    static final Instant NOW = Instant.parse("2027-06-15T10:00:00Z");
    static final String BOARD = "41008"; // each test class has its own board: they all read the same topics
    static final String SCHOOL = "18DA00";
    static final String SAME_HISTORY_OTHER_ORDER = "18DB00";
    static final String MANY_ROUNDS = "18DC00";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, String> RECORDS = new LinkedHashMap<>();

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "projection_school_dashboard");
    }

    @LocalServerPort
    int port;

    /** One topic's event: its record key and its CloudEvent. */
    record Sent(String topic, String key, CloudEvent event) {
    }

    @BeforeAll
    static void history(@Autowired SchoolDirectory directory, @Autowired JdbcTemplate jdbc) {
        TenantFixtures.onboardAndAwait(directory, BOARD, SCHOOL, SAME_HISTORY_OTHER_ORDER, MANY_ROUNDS);
        long before = jdbc.queryForObject("select count(*) from audit_entry where board_id = ?", Long.class, BOARD);
        List<Sent> first = history(SCHOOL);
        first.forEach(SchoolDashboardIT::send);
        // The same history for the other school, the topics interleaved the other way round (each topic in order).
        List<Sent> second = history(SAME_HISTORY_OTHER_ORDER);
        for (String topic : List.of("koers.training.events", "koers.survey.events", "koers.plan.events",
                "koers.incident.events")) {
            second.stream().filter(s -> s.topic().equals(topic)).forEach(SchoolDashboardIT::send);
        }
        List<Sent> rounds = manyRounds();
        rounds.forEach(SchoolDashboardIT::send);
        long expected = before + first.size() + second.size() + rounds.size();
        await().atMost(PublishedEvents.CATCH_UP).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where board_id = ?", Long.class, BOARD) >= expected);
    }

    static void send(Sent sent) {
        TenantFixtures.send(TestKafka.bootstrapServers(), sent.topic(), sent.key(),
                PublishedEvents.CODEC.encode(sent.event()));
    }

    static List<Sent> history(String school) {
        BoardId board = new BoardId(BOARD);
        SchoolId id = new SchoolId(school);
        SchoolYear year = new SchoolYear("2026-2027");
        List<Sent> events = new ArrayList<>();
        PlanId plan = new PlanId(UUID.randomUUID());
        events.add(event(plan.value().toString(), "2026-09-01T08:00:00Z", new PlanStarted(plan, board, id, year,
                "2026.1", null, List.of(
                        new PlanTopic(BuildingBlock.VISIE, "visie-kern", "Kernwaarden", "", TopicStatus.NOT_STARTED,
                                false, false),
                        new PlanTopic(BuildingBlock.VISIE, "visie-doel", "Doelen", "", TopicStatus.NOT_STARTED,
                                false, false),
                        new PlanTopic(BuildingBlock.PREVENTIE, "anti-pestprogramma", "Anti-pestprogramma", "",
                                TopicStatus.NOT_STARTED, false, false)))));
        events.add(event(plan.value().toString(), "2026-10-01T08:00:00Z", new TopicStatusChanged(plan, board, id, year,
                BuildingBlock.VISIE, "visie-kern", TopicStatus.DONE)));
        events.add(event(plan.value().toString(), "2026-10-02T08:00:00Z", new TopicStatusChanged(plan, board, id, year,
                BuildingBlock.PREVENTIE, "anti-pestprogramma", TopicStatus.IN_PROGRESS)));
        events.add(event(plan.value().toString(), "2026-10-03T08:00:00Z", actionPoint(plan, id, year, "Pestprotocol herzien",
                LocalDate.parse("2027-06-01"), ActionPointStatus.OPEN)));
        events.add(event(plan.value().toString(), "2026-10-03T08:01:00Z", actionPoint(plan, id, year, "Ouderavond",
                LocalDate.parse("2027-06-30"), ActionPointStatus.IN_PROGRESS)));
        events.add(event(plan.value().toString(), "2026-10-03T08:02:00Z", actionPoint(plan, id, year, "Scholing team",
                LocalDate.parse("2027-03-01"), ActionPointStatus.DONE)));
        // Open, but neither overdue nor due within 30 days: counted, not listed.
        events.add(event(plan.value().toString(), "2026-10-03T08:03:00Z", actionPoint(plan, id, year, "Jaarevaluatie",
                LocalDate.parse("2027-12-01"), ActionPointStatus.OPEN)));
        events.add(event(plan.value().toString(), "2026-10-03T08:04:00Z", actionPoint(plan, id, year, "Zonder datum",
                null, ActionPointStatus.IN_PROGRESS)));
        events.add(event(plan.value().toString(), "2026-10-04T08:00:00Z", new DutiesEvaluated(plan, board, id, year,
                "wettelijk-2026", List.of(
                        new DutyStatus("veiligheidsbeleid", DutyKind.WETTELIJK, DutyState.MET, "Plan geëvalueerd",
                                "Veiligheidsbeleid in de praktijk", "wettelijk-2026"),
                        new DutyStatus("anti-pestcoordinator", DutyKind.WETTELIJK, DutyState.NOT_MET,
                                "Geen naam en contactgegevens vastgelegd", "Anti-pestcoördinator", "wettelijk-2026"),
                        new DutyStatus("monitoring", DutyKind.WETTELIJK, DutyState.UNKNOWN,
                                "Nog geen gegevens uit de monitor", "Jaarlijkse monitoring", "wettelijk-2026"),
                        new DutyStatus("anti-pestprogramma", DutyKind.AANBEVOLEN, DutyState.MET, "KiVa",
                                "Anti-pestprogramma", "aanbevolen-2026")))));
        RoundId lastYear = new RoundId(UUID.randomUUID());
        RoundId thisYear = new RoundId(UUID.randomUUID());
        String k1 = lastYear.value().toString();
        String k2 = thisYear.value().toString();
        events.add(event(k1, "2026-03-01T08:00:00Z", new RoundOpened(lastYear, board, id, "2025-2026", "leerlingen", 1,
                Audience.PUPILS_PRIMARY, Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-31T08:00:00Z"),
                new UserId("coord"))));
        events.add(event(k1, "2026-03-31T08:00:00Z", new RoundClosed(lastYear, board, id, "2025-2026",
                Instant.parse("2026-03-31T08:00:00Z"), false, 24)));
        events.add(event(k1, "2026-03-31T08:00:01Z", new MonitorResultsPublished(lastYear, board, id, "2025-2026",
                List.of(new ScaleResult(Scale.PERCEIVED_SAFETY, 24, 3.8, 70.0, false)))));
        events.add(event(k1, "2026-04-10T08:00:00Z", new DeliveredToInspectie(lastYear, board, id, "2025-2026",
                Instant.parse("2026-04-10T08:00:00Z"), new UserId("coord"), "ab12")));
        events.add(event(k2, "2027-05-03T08:00:00Z", new RoundOpened(thisYear, board, id, "2026-2027", "leerlingen", 1,
                Audience.PUPILS_PRIMARY, Instant.parse("2027-05-03T08:00:00Z"), Instant.parse("2027-05-31T08:00:00Z"),
                new UserId("coord"))));
        events.add(event(k2, "2027-05-31T08:00:00Z", new RoundClosed(thisYear, board, id, "2026-2027",
                Instant.parse("2027-05-31T08:00:00Z"), false, 25)));
        events.add(event(k2, "2027-05-31T08:00:01Z", new MonitorResultsPublished(thisYear, board, id, "2026-2027",
                List.of(new ScaleResult(Scale.PERCEIVED_SAFETY, 25, 4.1, 80.0, false),
                        ScaleResult.suppressed(Scale.BULLYING)))));
        events.add(event(school + "-reminder", "2027-06-01T06:00:00Z", new InspectieDeliveryReminderDue(board, id,
                "2026-2027", LocalDate.parse("2027-07-01"))));
        events.add(event(school + "-coverage", "2027-01-10T08:00:00Z", new TrainingCoverageChanged(board, id, 3, List.of(
                new TrainingCoverageChanged.RoleCoverage(Role.COORDINATOR, 0, List.of(), BigDecimal.ZERO,
                        List.of(new TrainingCoverageChanged.Gap(CourseKind.COURSE, 3, true))),
                new TrainingCoverageChanged.RoleCoverage(Role.STAFF, 12, List.of(CourseKind.REGIONAL_MEETING),
                        new BigDecimal("36.0"), List.of())), Instant.parse("2027-01-10T08:00:00Z"))));
        IncidentId bullying = IncidentId.generate();
        IncidentId abuse = IncidentId.generate();
        IncidentId weapons = IncidentId.generate();
        RECORDS.put(school, bullying.value().toString());
        PersonId victim = new PersonId(UUID.randomUUID());
        String victimSubject = "incident/" + bullying.value() + "/person/" + victim.value();
        events.add(event(bullying.value().toString(), "2027-05-10T09:00:00Z", incident(bullying, id, Category.BULLYING,
                "2027-05-10T08:00:00Z", List.of(new InvolvedPerson(victim, PersonKind.PUPIL, InvolvedRole.VICTIM,
                        victimSubject, new SealedText(victimSubject, "cmVm"), null, new SealedText(victimSubject,
                        "bmFhbQ=="), null)))));
        events.add(event(bullying.value().toString(), "2027-05-12T09:00:00Z", new IncidentClosed(bullying, board, id,
                Instant.parse("2027-05-12T09:00:00Z"), new UserId("coord"), new SealedText("incident/" + bullying.value(),
                "ZXZhbA=="))));
        events.add(event(bullying.value().toString(), "2027-05-20T09:00:00Z", new PersonDataErased(bullying, board, id,
                victim, victimSubject, UUID.randomUUID(), Instant.parse("2027-05-20T09:00:00Z"))));
        events.add(event(abuse.value().toString(), "2027-06-03T09:00:00Z", incident(abuse, id, Category.SEXUAL_ABUSE,
                "2027-06-03T08:00:00Z", List.of())));
        events.add(event(abuse.value().toString(), "2027-06-03T09:00:01Z", new ReportToInspectorRequired(abuse, board,
                id, Category.SEXUAL_ABUSE, Instant.parse("2027-06-10T09:00:00Z"))));
        events.add(event(weapons.value().toString(), "2027-06-14T09:00:00Z", incident(weapons, id, Category.WEAPONS,
                "2027-06-14T08:00:00Z", List.of())));
        IncidentId corrected = IncidentId.generate();
        events.add(event(corrected.value().toString(), "2027-06-14T10:00:00Z", incident(corrected, id,
                Category.WEAPONS, "2027-06-14T08:30:00Z", List.of())));
        events.add(event(corrected.value().toString(), "2027-06-14T11:00:00Z", new IncidentCorrected(corrected, board,
                id, null, null, Category.THEFT_VANDALISM, null, null, new SealedText("incident/" + corrected.value(),
                "cmVkZW4="), new UserId("coord"), Instant.parse("2027-06-14T11:00:00Z"))));
        return events;
    }

    static ActionPointAdded actionPoint(PlanId plan, SchoolId school, SchoolYear year, String title, LocalDate due,
            ActionPointStatus status) {
        return new ActionPointAdded(plan, new BoardId(BOARD), school, year, UUID.randomUUID(), title,
                BuildingBlock.HANDELEN, "team", due, status, Priority.NORMAL);
    }

    static IncidentReported incident(IncidentId id, SchoolId school, Category category, String occurred,
            List<InvolvedPerson> involved) {
        return new IncidentReported(id, new BoardId(BOARD), school, Instant.parse(occurred),
                Instant.parse(occurred).plusSeconds(3600), Location.PLAYGROUND, category, Severity.HIGH,
                new SealedText("incident/" + id.value(), "ZGVzYw=="), new UserId("staff"), involved, false);
    }

    /**
     * Six rounds of one school, closed from oldest to newest: two of earlier years, three of this year (the oldest of
     * them delivered to the Inspectie, the two after it not), and one running.
     */
    static List<Sent> manyRounds() {
        BoardId board = new BoardId(BOARD);
        SchoolId id = new SchoolId(MANY_ROUNDS);
        List<Sent> events = new ArrayList<>();
        String[][] closed = {{"2023-2024", "2024-03-01"}, {"2024-2025", "2025-03-01"}, {"2026-2027", "2026-11-02"},
                {"2026-2027", "2027-02-01"}, {"2026-2027", "2027-05-03"}};
        for (int i = 0; i < closed.length; i++) {
            RoundId round = new RoundId(UUID.randomUUID());
            String key = round.value().toString();
            Instant opens = Instant.parse(closed[i][1] + "T08:00:00Z");
            Instant closes = opens.plus(Duration.ofDays(14));
            events.add(event(key, opens.toString(), new RoundOpened(round, board, id, closed[i][0], "leerlingen", 1,
                    Audience.PUPILS_PRIMARY, opens, closes, new UserId("coord"))));
            events.add(event(key, closes.toString(), new RoundClosed(round, board, id, closed[i][0], closes, false,
                    20 + i)));
            if (i == 2) {
                events.add(event(key, closes.plus(Duration.ofDays(3)).toString(), new DeliveredToInspectie(round, board,
                        id, closed[i][0], closes.plus(Duration.ofDays(3)), new UserId("coord"), "cd34")));
            }
        }
        RoundId running = new RoundId(UUID.randomUUID());
        events.add(event(running.value().toString(), "2027-06-07T08:00:00Z", new RoundOpened(running, board, id,
                "2026-2027", "leerlingen", 2, Audience.PUPILS_PRIMARY, Instant.parse("2027-06-07T08:00:00Z"),
                Instant.parse("2027-06-28T08:00:00Z"), new UserId("coord"))));
        return events;
    }

    static Sent event(String key, String time, Object data) {
        String school = switch (data) {
            case TrainingCoverageChanged e -> e.school().value();
            default -> JSON.valueToTree(data).path(JSON.valueToTree(data).has("schoolId") ? "schoolId" : "school")
                    .asString();
        };
        return new Sent(EventTypes.topic(data.getClass()), key, new CloudEvent(UUID.randomUUID().toString(),
                "koers/test", EventTypes.typeName(data.getClass()), key, Instant.parse(time), BOARD, school, "coord",
                data));
    }

    JsonNode get(String path, String token) {
        Http.Response response = Http.get("http://127.0.0.1:" + port + path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    String coordinator(String school) {
        return TestTokens.issuer().token("coord-" + school, BOARD, List.of(school), "coordinator");
    }

    List<String> alertCodes(JsonNode dashboard) {
        List<String> codes = new ArrayList<>();
        dashboard.get("alerts").forEach(a -> codes.add(a.get("code").asString() + ":" + a.get("severity").asString()));
        return codes;
    }

    @Test
    void the_duties_show_as_traffic_lights_with_their_kind_and_reason_and_unknown_is_never_green() {
        JsonNode duties = get("/api/schools/" + SCHOOL + "/dashboard", coordinator(SCHOOL)).get("duties");

        assertThat(duties).hasSize(4);
        assertThat(duties.get(0).get("light").asString()).isEqualTo("GREEN");
        assertThat(duties.get(1).get("light").asString()).isEqualTo("RED");
        assertThat(duties.get(1).get("kind").asString()).isEqualTo("WETTELIJK");
        assertThat(duties.get(1).get("reason").asString()).isEqualTo("Geen naam en contactgegevens vastgelegd");
        assertThat(duties.get(2).get("state").asString()).isEqualTo("UNKNOWN");
        assertThat(duties.get(2).get("light").asString()).isEqualTo("GREY");
        assertThat(duties.get(3).get("kind").asString()).isEqualTo("AANBEVOLEN");
    }

    @Test
    void the_inspectie_delivery_shows_its_1_july_deadline_and_a_closed_undelivered_round_after_the_reminder_is_critical() {
        JsonNode dashboard = get("/api/schools/" + SCHOOL + "/dashboard", coordinator(SCHOOL));
        JsonNode delivery = dashboard.get("inspectieDelivery");

        assertThat(delivery.get("schoolYear").asString()).isEqualTo("2026-2027");
        assertThat(delivery.get("deadline").asString()).isEqualTo("2027-07-01");
        assertThat(delivery.get("status").asString()).isEqualTo("NOT_DELIVERED");
        assertThat(delivery.get("reminderSent").asBoolean()).isTrue();
        assertThat(alertCodes(dashboard)).contains("INSPECTIE_DELIVERY_MISSING:CRITICAL")
                .doesNotContain("MONITORING_NOT_DONE:CRITICAL", "MONITORING_NOT_DONE:WARNING");
    }

    @Test
    void plan_progress_is_counted_per_building_block_and_open_action_points_are_listed_when_due_or_overdue_by_the_clock() {
        JsonNode dashboard = get("/api/schools/" + SCHOOL + "/dashboard", coordinator(SCHOOL));
        JsonNode blocks = dashboard.get("plan").get("blocks");

        assertThat(blocks).hasSize(7);
        assertThat(blocks.get(0).get("block").asString()).isEqualTo("VISIE");
        assertThat(blocks.get(0).get("done").asInt()).isEqualTo(1);
        assertThat(blocks.get(0).get("percentDone").asInt()).isEqualTo(50);
        assertThat(blocks.get(4).get("block").asString()).isEqualTo("PREVENTIE");
        assertThat(blocks.get(4).get("inProgress").asInt()).isEqualTo(1);
        assertThat(dashboard.get("plan").get("percentDone").asInt()).isEqualTo(33);
        JsonNode points = dashboard.get("actionPoints");
        assertThat(points.get("open").asInt()).isEqualTo(4);
        assertThat(points.get("overdue")).hasSize(1);
        assertThat(points.get("overdue").get(0).get("title").asString()).isEqualTo("Pestprotocol herzien");
        assertThat(points.get("dueSoon")).hasSize(1);
        assertThat(points.get("dueSoon").get(0).get("title").asString()).isEqualTo("Ouderavond");
        assertThat(alertCodes(dashboard)).contains("ACTION_POINTS_OVERDUE:WARNING", "LEGAL_DUTY_NOT_MET:CRITICAL")
                .doesNotContain("NO_PLAN:WARNING");
    }

    @Test
    void incidents_show_open_by_category_and_month_the_median_time_to_close_and_an_overdue_duty_to_report() {
        JsonNode incidents = get("/api/schools/" + SCHOOL + "/dashboard", coordinator(SCHOOL)).get("incidents");

        assertThat(incidents.get("total").asLong()).isEqualTo(4);
        assertThat(incidents.get("open").asLong()).isEqualTo(3);
        assertThat(incidents.get("byCategory").get("BULLYING").asLong()).isEqualTo(1);
        // A correction moves an incident to its corrected category.
        assertThat(incidents.get("byCategory").get("WEAPONS").asLong()).isEqualTo(1);
        assertThat(incidents.get("byCategory").get("THEFT_VANDALISM").asLong()).isEqualTo(1);
        assertThat(incidents.get("byMonth").get("2027-05").asLong()).isEqualTo(1);
        assertThat(incidents.get("byMonth").get("2027-06").asLong()).isEqualTo(3);
        assertThat(incidents.get("byMonth").size()).isEqualTo(12);
        // Recorded an hour after it happened, closed two days after it happened: 47 hours.
        assertThat(incidents.get("medianDaysToClose").asDouble()).isEqualTo(2.0);
        assertThat(incidents.get("reportsToInspectorOverdue").asLong()).isEqualTo(1);
    }

    @Test
    void the_monitor_shows_the_latest_round_per_scale_with_the_previous_round_and_suppressed_scales_without_numbers() {
        JsonNode monitor = get("/api/schools/" + SCHOOL + "/dashboard", coordinator(SCHOOL)).get("monitor");

        JsonNode latest = monitor.get("latest");
        assertThat(latest.get("schoolYear").asString()).isEqualTo("2026-2027");
        assertThat(latest.get("respondents").asInt()).isEqualTo(25);
        JsonNode bullying = latest.get("scales").get(0);
        assertThat(bullying.get("scale").asString()).isEqualTo("BULLYING");
        assertThat(bullying.get("suppressed").asBoolean()).isTrue();
        assertThat(bullying.get("mean").isNull()).isTrue();
        assertThat(bullying.get("n").isNull()).isTrue();
        assertThat(latest.get("scales").get(1).get("mean").asDouble()).isEqualTo(4.1);
        assertThat(monitor.get("previous").get("schoolYear").asString()).isEqualTo("2025-2026");
        assertThat(monitor.get("previous").get("scales").get(0).get("mean").asDouble()).isEqualTo(3.8);
    }

    @Test
    void of_many_rounds_the_monitor_shows_the_latest_two_closed_and_the_running_one_and_a_delivery_earlier_this_year_counts() {
        JsonNode dashboard = get("/api/schools/" + MANY_ROUNDS + "/dashboard", coordinator(MANY_ROUNDS));
        JsonNode monitor = dashboard.get("monitor");

        assertThat(monitor.get("latest").get("closedAt").asString()).isEqualTo("2027-05-17T08:00:00Z");
        assertThat(monitor.get("latest").get("respondents").asInt()).isEqualTo(24);
        assertThat(monitor.get("previous").get("closedAt").asString()).isEqualTo("2027-02-15T08:00:00Z");
        assertThat(monitor.get("running").get("schoolYear").asString()).isEqualTo("2026-2027");
        assertThat(monitor.get("running").get("closedAt").isNull()).isTrue();
        // The delivered round is this year's third-latest closed one: still the year's delivery.
        JsonNode delivery = dashboard.get("inspectieDelivery");
        assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.get("roundClosedAt").asString()).isEqualTo("2026-11-16T08:00:00Z");
    }

    @Test
    void training_coverage_shows_each_role_and_a_gap_raises_an_alert() {
        JsonNode dashboard = get("/api/schools/" + SCHOOL + "/dashboard", coordinator(SCHOOL));
        JsonNode training = dashboard.get("training");

        assertThat(training.get("rolesWithGaps").asInt()).isEqualTo(1);
        assertThat(training.get("roles").get(0).get("role").asString()).isEqualTo("coordinator");
        assertThat(training.get("roles").get(0).get("gaps").get(0).asString()).isEqualTo("COURSE/3y/accredited");
        assertThat(training.get("roles").get(1).get("hours").asDouble()).isEqualTo(36.0);
        assertThat(alertCodes(dashboard)).contains("TRAINING_GAP:WARNING", "REPORT_TO_INSPECTOR_OVERDUE:CRITICAL");
    }

    @Test
    void the_same_history_delivered_with_the_topics_interleaved_otherwise_gives_the_same_dashboard() {
        String first = get("/api/schools/" + SCHOOL + "/dashboard", coordinator(SCHOOL)).toString();
        String second = get("/api/schools/" + SAME_HISTORY_OTHER_ORDER + "/dashboard",
                coordinator(SAME_HISTORY_OTHER_ORDER)).toString();

        assertThat(normalise(second, SAME_HISTORY_OTHER_ORDER)).isEqualTo(normalise(first, SCHOOL));
    }

    /** Round ids differ between the two histories; everything else must be equal. */
    private static String normalise(String json, String school) {
        return json.replace(school, "SCHOOL").replaceAll("\"roundId\":\"[^\"]+\"", "\"roundId\":\"R\"");
    }

    @Test
    void the_dashboard_as_of_a_past_moment_is_computed_from_the_history_up_to_then() {
        JsonNode then = get("/api/schools/" + SCHOOL + "/dashboard?asOf=2027-05-11T00:00:00Z", coordinator(SCHOOL));

        assertThat(then.get("asOf").asString()).isEqualTo("2027-05-11T00:00:00Z");
        assertThat(then.get("incidents").get("total").asLong()).isEqualTo(1);
        assertThat(then.get("incidents").get("open").asLong()).isEqualTo(1);
        assertThat(then.get("monitor").get("latest").get("schoolYear").asString()).isEqualTo("2025-2026");
        assertThat(then.get("monitor").get("running").get("schoolYear").asString()).isEqualTo("2026-2027");
        assertThat(then.get("inspectieDelivery").get("status").asString()).isEqualTo("NO_CLOSED_ROUND");
        assertThat(alertCodes(then)).contains("MONITORING_NOT_DONE:WARNING");
    }

    @Test
    void the_board_compares_its_schools_against_the_board_average_of_unsuppressed_results() {
        String admin = TestTokens.issuer().token("admin", BOARD, List.of(), "board-admin");
        JsonNode board = get("/api/boards/" + BOARD + "/dashboard?sort=perceived_safety&order=desc", admin);

        assertThat(board.get("schools").asInt()).isEqualTo(3); // with the school of many rounds
        assertThat(board.get("monitorAverage").get("PERCEIVED_SAFETY").asDouble()).isEqualTo(4.1);
        assertThat(board.get("monitorAverage").has("BULLYING")).isFalse();
        JsonNode row = board.get("rows").get(0);
        assertThat(row.get("legalDuties").asInt()).isEqualTo(3);
        assertThat(row.get("legalDutiesMet").asInt()).isEqualTo(1);
        assertThat(row.get("legalDutiesNotMet").asInt()).isEqualTo(1);
        assertThat(row.get("trainingGaps").asInt()).isEqualTo(1);
        assertThat(row.get("inspectieDelivery").asString()).isEqualTo("NOT_DELIVERED");
        assertThat(row.get("criticalAlerts").asInt()).isEqualTo(3);
        assertThat(board.get("criticalAlerts").asLong()).isEqualTo(6);
        // The board reads each school's shown rounds too: the delivery three closed rounds back still counts.
        JsonNode manyRounds = null;
        for (JsonNode r : board.get("rows")) {
            manyRounds = r.get("schoolId").asString().equals(MANY_ROUNDS) ? r : manyRounds;
        }
        assertThat(manyRounds).isNotNull();
        assertThat(manyRounds.get("inspectieDelivery").asString()).isEqualTo("DELIVERED");
        JsonNode then = get("/api/boards/" + BOARD + "/dashboard?asOf=2027-05-11T00:00:00Z", admin);
        assertThat(then.get("incidents").asLong()).isEqualTo(2);
    }

    @Test
    void erased_personal_data_shows_as_erased_in_the_record_history_while_the_chain_still_verifies() {
        String auditor = TestTokens.issuer().token("auditor", BOARD, List.of(), "auditor");
        String incident = RECORDS.get(SCHOOL);

        JsonNode history = get("/api/boards/" + BOARD + "/history/" + incident, auditor);

        assertThat(history.get("events").asInt()).isEqualTo(3);
        JsonNode reported = history.get("entries").get(0);
        assertThat(reported.get("eventType").asString()).isEqualTo("nl.koers.incident.IncidentReported.v1");
        assertThat(reported.get("actor").asString()).isEqualTo("coord");
        assertThat(reported.get("payloadAsStored").asBoolean()).isFalse();
        assertThat(reported.get("erasedSubjects")).hasSize(1);
        assertThat(reported.get("payload").asString()).contains("\"erased\":true").doesNotContain("bmFhbQ==")
                .contains("ZGVzYw=="); // the description has its own key, which was not erased
        assertThat(history.get("entries").get(1).get("eventType").asString()).contains("IncidentClosed");
        assertThat(get("/api/boards/" + BOARD + "/audit/verify", auditor).toString()).contains("\"valid\":true");
        String otherBoard = TestTokens.issuer().token("auditor-b", "41002", List.of(), "auditor");
        assertThat(Http.get("http://127.0.0.1:" + port + "/api/boards/" + BOARD + "/history/" + incident, otherBoard)
                .status()).isEqualTo(404);
        assertThat(Http.get("http://127.0.0.1:" + port + "/api/boards/" + BOARD + "/history/nothing", auditor)
                .status()).isEqualTo(404);
    }
}
