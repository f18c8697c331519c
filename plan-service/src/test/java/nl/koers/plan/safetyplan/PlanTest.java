package nl.koers.plan.safetyplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.plan.ActionPointStatus;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.ContributorsAssigned;
import nl.koers.contracts.plan.DutiesEvaluated;
import nl.koers.contracts.plan.DutyKind;
import nl.koers.contracts.plan.DutyState;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.contracts.plan.PartnerKind;
import nl.koers.contracts.plan.PartnerRecorded;
import nl.koers.contracts.plan.PlanCoordinatorAssigned;
import nl.koers.contracts.plan.PlanEvaluated;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PlanStarted;
import nl.koers.contracts.plan.PlanTopic;
import nl.koers.contracts.plan.PresetApplied;
import nl.koers.contracts.plan.PresetConflict;
import nl.koers.contracts.plan.PresetId;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.contracts.plan.Priority;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.contracts.plan.TopicPriorityChanged;
import nl.koers.contracts.plan.TopicStatus;
import nl.koers.contracts.plan.TopicStatusChanged;
import nl.koers.contracts.plan.TopicTextChanged;
import nl.koers.plan.safetyplan.PlanCommands.ApplyPreset;
import nl.koers.plan.safetyplan.PlanCommands.ChangeTopic;
import nl.koers.plan.safetyplan.PlanCommands.Editor;
import nl.koers.plan.safetyplan.PlanCommands.EvaluatePlan;
import nl.koers.plan.safetyplan.PlanCommands.PublishLearningNeeds;
import nl.koers.plan.safetyplan.PlanCommands.RecordDutyEvaluation;
import nl.koers.plan.safetyplan.PlanCommands.RecordPartner;
import nl.koers.plan.safetyplan.PlanCommands.SetActionPoint;
import nl.koers.plan.safetyplan.PlanCommands.StartPlan;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.test.InMemoryPersonalDataVault;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanTest {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final PlanId ID = PlanId.generate();
    static final BoardId BOARD = new BoardId("41001");
    static final SchoolId SCHOOL = new SchoolId("12AB00");
    static final SchoolYear YEAR = new SchoolYear("2026-2027");
    static final Editor COORDINATOR = new Editor(new UserId("coord-1"), true);
    static final Editor STAFF = new Editor(new UserId("staff-1"), false);
    static final String TOPIC = "visie.kernwaarden";

    private AggregateTestFixture<Plan> fixture;
    private final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();

    @BeforeEach
    void setUp() {
        at(NOW);
    }

    private void at(Instant now) {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(new PlanCalendar(Clock.fixed(now, ZoneOffset.UTC), NL));
        fixture.registerInjectableResource(vault);
    }

    static PlanStarted started(SchoolYear year, PlanTopic... topics) {
        return new PlanStarted(ID, BOARD, SCHOOL, year, "default-topics.v1", null, List.of(topics));
    }

    static PlanTopic topic(String text, TopicStatus status, boolean byBoard) {
        return new PlanTopic(BuildingBlock.VISIE, TOPIC, "Visie op sociale veiligheid", text, status, false, byBoard);
    }

    static PlanStarted started() {
        return started(YEAR, topic("", TopicStatus.NOT_STARTED, false));
    }

    @Test
    void a_plan_starts_with_the_topics_it_is_given_for_its_school_year() {
        PlanStarted expected = started();
        fixture.givenNoPriorActivity()
                .when(new StartPlan(ID, BOARD, SCHOOL, YEAR, "default-topics.v1", null, expected.topics()))
                .expectEvents(expected);
    }

    @Test
    void a_plan_cannot_be_started_for_a_school_year_that_has_ended() {
        fixture.givenNoPriorActivity()
                .when(new StartPlan(ID, BOARD, SCHOOL, YEAR.previous(), "default-topics.v1", null, List.of()))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_plan_can_be_started_for_this_school_year_or_the_next_not_later() {
        fixture.givenNoPriorActivity()
                .when(new StartPlan(ID, BOARD, SCHOOL, YEAR.next().next(), "default-topics.v1", null, List.of()))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_partial_save_records_only_what_changed() {
        fixture.given(started())
                .when(new ChangeTopic(ID, COORDINATOR, BuildingBlock.VISIE, TOPIC, "Iedereen hoort erbij.", null, null))
                .expectEvents(new TopicTextChanged(ID, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, TOPIC,
                        "Iedereen hoort erbij.", TopicStatus.NOT_STARTED));
    }

    @Test
    void text_status_and_priority_each_record_their_own_event_carrying_block_topic_and_status() {
        fixture.given(started())
                .when(new ChangeTopic(ID, COORDINATOR, BuildingBlock.VISIE, TOPIC, "Tekst", TopicStatus.IN_PROGRESS,
                        true))
                .expectEvents(
                        new TopicTextChanged(ID, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, TOPIC, "Tekst",
                                TopicStatus.IN_PROGRESS),
                        new TopicStatusChanged(ID, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, TOPIC,
                                TopicStatus.IN_PROGRESS),
                        new TopicPriorityChanged(ID, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, TOPIC,
                                TopicStatus.IN_PROGRESS, true));
    }

    @Test
    void saving_the_same_text_again_records_nothing() {
        fixture.given(started(), new TopicTextChanged(ID, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, TOPIC, "Tekst",
                        TopicStatus.NOT_STARTED))
                .when(new ChangeTopic(ID, COORDINATOR, BuildingBlock.VISIE, TOPIC, "Tekst", null, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_topic_text_over_20000_characters_is_refused() {
        fixture.given(started())
                .when(new ChangeTopic(ID, COORDINATOR, BuildingBlock.VISIE, TOPIC, "x".repeat(20_001), null, null))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_topic_is_found_only_under_its_own_building_block() {
        fixture.given(started())
                .when(new ChangeTopic(ID, COORDINATOR, BuildingBlock.HANDELEN, TOPIC, "Tekst", null, null))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void editing_a_closed_years_plan_is_refused() {
        at(Instant.parse("2027-08-01T08:00:00Z"));
        fixture.given(started())
                .when(new ChangeTopic(ID, COORDINATOR, BuildingBlock.VISIE, TOPIC, "Te laat", null, null))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("has ended")).expectNoEvents();
    }

    @Test
    void the_year_closes_at_midnight_after_31_july_dutch_time_not_utc() {
        at(Instant.parse("2027-07-31T21:59:00Z")); // 23:59 in Amsterdam: still open
        fixture.given(started())
                .when(new ChangeTopic(ID, COORDINATOR, BuildingBlock.VISIE, TOPIC, "Net op tijd", null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void staff_who_are_neither_plan_coordinator_nor_contributor_cannot_edit() {
        fixture.given(started())
                .when(new ChangeTopic(ID, STAFF, BuildingBlock.VISIE, TOPIC, "Mag niet", null, null))
                .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void contributors_edit() {
        fixture.given(started(), new ContributorsAssigned(ID, BOARD, SCHOOL, YEAR, List.of(STAFF.user())))
                .when(new ChangeTopic(ID, STAFF, BuildingBlock.VISIE, TOPIC, "Bijdrage", null, null))
                .expectEvents(new TopicTextChanged(ID, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, TOPIC, "Bijdrage",
                        TopicStatus.NOT_STARTED));
    }

    @Test
    void the_plan_coordinator_edits_without_being_a_school_coordinator() {
        Editor planCoordinator = new Editor(new UserId("ib-er"), false);
        fixture.given(started(), new PlanCoordinatorAssigned(ID, BOARD, SCHOOL, YEAR, planCoordinator.user()))
                .when(new ChangeTopic(ID, planCoordinator, BuildingBlock.VISIE, TOPIC, "Voortgang", null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_action_point_due_before_the_plan_year_starts_is_refused() {
        fixture.given(started())
                .when(actionPoint(LocalDate.parse("2026-07-31")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2026-08-01")).expectNoEvents();
    }

    @Test
    void an_action_point_due_on_the_first_day_of_the_plan_year_is_accepted() {
        fixture.given(started())
                .when(actionPoint(LocalDate.parse("2026-08-01")))
                .expectSuccessfulHandlerExecution();
    }

    private static SetActionPoint actionPoint(LocalDate due) {
        return new SetActionPoint(ID, COORDINATOR, UUID.randomUUID(), "Pestprotocol herzien", BuildingBlock.HANDELEN,
                "Intern begeleider", due, ActionPointStatus.OPEN, Priority.HIGH);
    }

    @Test
    void an_action_point_is_overdue_only_while_unfinished_past_its_due_date() {
        var due = LocalDate.parse("2026-10-01");
        var open = new PlanState.ActionPoint(UUID.randomUUID(), "x", BuildingBlock.HANDELEN, null, due,
                ActionPointStatus.IN_PROGRESS, Priority.NORMAL);
        var done = new PlanState.ActionPoint(UUID.randomUUID(), "x", BuildingBlock.HANDELEN, null, due,
                ActionPointStatus.DONE, Priority.NORMAL);
        assertThat(open.overdueOn(LocalDate.parse("2026-10-02"))).isTrue();
        assertThat(open.overdueOn(due)).isFalse();
        assertThat(done.overdueOn(LocalDate.parse("2026-10-02"))).isFalse();
    }

    @Test
    void a_board_preset_never_overwrites_school_text_and_lists_the_conflict() {
        PresetId preset = PresetId.generate();
        PresetTopic boardText = new PresetTopic(BuildingBlock.VISIE, TOPIC, "Visie", "Tekst van het bestuur");
        PresetTopic newTopic = new PresetTopic(BuildingBlock.PREVENTIE, "preventie.kiva", "KiVa", "Wij werken met KiVa");
        fixture.given(started(YEAR, topic("Eigen tekst van de school", TopicStatus.DONE, false)))
                .when(new ApplyPreset(ID, preset, 1, List.of(boardText, newTopic), List.of("Afspraak"), List.of()))
                .expectEvents(new PresetApplied(ID, BOARD, SCHOOL, YEAR, preset, 1, List.of(newTopic),
                        List.of(new PresetConflict(BuildingBlock.VISIE, TOPIC, "Tekst van het bestuur")),
                        List.of("Afspraak"), List.of()));
    }

    @Test
    void a_board_preset_fills_empty_topics_and_may_replace_its_own_earlier_text() {
        PresetId preset = PresetId.generate();
        PresetTopic v2 = new PresetTopic(BuildingBlock.VISIE, TOPIC, "Visie", "Versie 2 van het bestuur");
        fixture.given(started(YEAR, topic("Versie 1 van het bestuur", TopicStatus.NOT_STARTED, true)))
                .when(new ApplyPreset(ID, preset, 2, List.of(v2), List.of(), List.of()))
                .expectEvents(new PresetApplied(ID, BOARD, SCHOOL, YEAR, preset, 2,
                        List.of(new PresetTopic(BuildingBlock.VISIE, TOPIC, "Visie op sociale veiligheid",
                                "Versie 2 van het bestuur")), List.of(), List.of(), List.of()));
    }

    @Test
    void text_filled_by_the_board_is_marked_door_het_bestuur_until_the_school_writes_its_own() {
        PresetId preset = PresetId.generate();
        PlanState state = PlanState.of(List.of(started(), new PresetApplied(ID, BOARD, SCHOOL, YEAR, preset, 1,
                List.of(new PresetTopic(BuildingBlock.VISIE, TOPIC, "Visie", "Bestuurstekst")), List.of(), List.of(),
                List.of())));
        assertThat(state.topic(TOPIC).orElseThrow().byBoard()).isTrue();
        state.apply(new TopicTextChanged(ID, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, TOPIC, "Schooltekst",
                TopicStatus.IN_PROGRESS));
        assertThat(state.topic(TOPIC).orElseThrow().byBoard()).isFalse();
    }

    @Test
    void partner_contact_details_travel_sealed_and_are_erasable() {
        UUID partner = UUID.randomUUID();
        fixture.given(started())
                .when(new RecordPartner(ID, COORDINATOR, partner, PartnerKind.POLICE, "Politie Groningen",
                        "Wijkagent Jansen", "06-12345678", "jansen@politie.example", "Signalen op straat", "Kwartaal"))
                .expectSuccessfulHandlerExecution();
        PartnerRecorded recorded = (PartnerRecorded) fixture.getEventStore().readEvents(ID.toString()).asStream()
                .reduce((a, b) -> b).orElseThrow().getPayload();
        assertThat(recorded.contactPerson().ciphertext()).doesNotContain("Jansen");
        assertThat(vault.open(recorded.email())).contains("jansen@politie.example");
        vault.erase(Plan.partnerSubject(ID, partner));
        assertThat(vault.open(recorded.contactPerson())).isEmpty();
    }

    @Test
    void a_partner_e_mail_must_be_an_address() {
        fixture.given(started())
                .when(new RecordPartner(ID, COORDINATOR, UUID.randomUUID(), PartnerKind.GGD, "GGD", null, null,
                        "geen-adres", null, null))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void the_yearly_evaluation_cannot_be_dated_before_the_plans_school_year() {
        fixture.given(started())
                .when(new EvaluatePlan(ID, COORDINATOR, LocalDate.parse("2026-07-15"), "Werkte", null))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void the_yearly_evaluation_cannot_be_dated_in_the_future() {
        fixture.given(started())
                .when(new EvaluatePlan(ID, COORDINATOR, LocalDate.parse("2027-06-30"), "Werkte", null))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void the_yearly_evaluation_records_what_worked_and_what_moves_to_next_year() {
        fixture.given(started())
                .when(new EvaluatePlan(ID, COORDINATOR, LocalDate.parse("2026-11-20"), "Werkte", "Online pesten"))
                .expectEvents(new PlanEvaluated(ID, BOARD, SCHOOL, YEAR, LocalDate.parse("2026-11-20"), "Werkte",
                        "Online pesten"));
    }

    @Test
    void learning_needs_name_at_least_one_need() {
        fixture.given(started())
                .when(new PublishLearningNeeds(ID, COORDINATOR, List.of()))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void duties_are_recorded_even_in_a_closed_year() {
        at(Instant.parse("2027-09-01T08:00:00Z"));
        fixture.given(started())
                .when(new RecordDutyEvaluation(ID, "wet.v1", DUTIES))
                .expectEvents(new DutiesEvaluated(ID, BOARD, SCHOOL, YEAR, "wet.v1", DUTIES));
    }

    @Test
    void duties_are_recorded_only_when_their_outcome_changed() {
        fixture.given(started(), new DutiesEvaluated(ID, BOARD, SCHOOL, YEAR, "wet.v1", DUTIES))
                .when(new RecordDutyEvaluation(ID, "wet.v1", DUTIES))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    static final List<DutyStatus> DUTIES = List.of(new DutyStatus("YEARLY_MONITORING", DutyKind.WETTELIJK,
            DutyState.NOT_MET, "Nog geen ronde", "Monitoring", "wet.v1"));
}
