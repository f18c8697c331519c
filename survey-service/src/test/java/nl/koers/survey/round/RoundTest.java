package nl.koers.survey.round;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.CodesIssued;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.DeliveryConsentRecorded;
import nl.koers.contracts.survey.MonitorResultsPublished;
import nl.koers.contracts.survey.MonitorResultsPublished.ScaleResult;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.RoundOpened;
import nl.koers.contracts.survey.Scale;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.survey.MutableClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoundTest {
    static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");
    static final Instant OPENS = Instant.parse("2027-03-01T07:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-03-22T17:00:00Z");
    static final RoundId ID = RoundId.generate();
    static final BoardId BOARD = new BoardId("41001");
    static final SchoolId SCHOOL = new SchoolId("12AB00");
    static final UserId COORDINATOR = new UserId("coordinator-1");
    static final RoundOpened OPENED = new RoundOpened(ID, BOARD, SCHOOL, "2026-2027", "koers-leerlingen", 1,
            Audience.PUPILS_PRIMARY, OPENS, CLOSES, COORDINATOR);
    static final List<ScaleResult> RESULTS = List.of(new ScaleResult(Scale.PERCEIVED_SAFETY, 30, 4.1, 80.0, false));
    private final MutableClock clock = new MutableClock(NOW);
    private AggregateTestFixture<Round> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Round.class);
        fixture.registerInjectableResource(clock);
    }

    OpenRound open(Instant opens, Instant closes, Audience audience) {
        return new OpenRound(ID, BOARD, SCHOOL, "koers-leerlingen", 1,
                Set.of(Audience.PUPILS_PRIMARY, Audience.PUPILS_SECONDARY), audience, opens, closes, COORDINATOR);
    }

    @Test
    void a_coordinator_opens_a_round_for_a_school_an_instrument_an_audience_and_a_window() {
        fixture.givenNoPriorActivity()
                .when(open(OPENS, CLOSES, Audience.PUPILS_PRIMARY))
                .expectEvents(OPENED);
    }

    @Test
    void the_school_year_follows_from_the_opening_date() {
        Instant september = Instant.parse("2027-09-20T07:00:00Z");
        clock.set(september);
        fixture.givenNoPriorActivity()
                .when(open(september, september.plus(Duration.ofDays(14)), Audience.PUPILS_PRIMARY))
                .expectEvents(new RoundOpened(ID, BOARD, SCHOOL, "2027-2028", "koers-leerlingen", 1,
                        Audience.PUPILS_PRIMARY, september, september.plus(Duration.ofDays(14)), COORDINATOR));
    }

    @Test
    void a_window_must_close_after_it_opens_and_not_lie_in_the_past() {
        fixture.givenNoPriorActivity().when(open(CLOSES, OPENS, Audience.PUPILS_PRIMARY))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(open(NOW.minusSeconds(7200), NOW.minusSeconds(3600), Audience.PUPILS_PRIMARY))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(open(NOW, NOW.plus(Duration.ofDays(200)), Audience.PUPILS_PRIMARY))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_round_uses_an_instrument_meant_for_its_audience() {
        fixture.givenNoPriorActivity().when(open(OPENS, CLOSES, Audience.PUPILS_SPECIAL))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "instrument koers-leerlingen is not meant for PUPILS_SPECIAL").expectNoEvents();
    }

    @Test
    void codes_are_issued_per_class_and_only_their_count_is_recorded() {
        UUID batch = UUID.randomUUID();
        fixture.given(OPENED)
                .when(new IssueCodes(ID, batch, "groep 7a", 7, 28))
                .expectEvents(new CodesIssued(ID, BOARD, SCHOOL, batch, "groep 7a", 7, 28));
    }

    @Test
    void a_batch_holds_1_to_60_codes() {
        fixture.given(OPENED).when(new IssueCodes(ID, UUID.randomUUID(), "groep 7a", 7, 0))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.given(OPENED).when(new IssueCodes(ID, UUID.randomUUID(), "groep 7a", 7, 61))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_coordinator_closes_a_round_early_with_its_results() {
        fixture.given(OPENED)
                .when(new CloseRound(ID, 30, RESULTS))
                .expectEvents(new RoundClosed(ID, BOARD, SCHOOL, "2026-2027", NOW, true, 30),
                        new MonitorResultsPublished(ID, BOARD, SCHOOL, "2026-2027", RESULTS));
    }

    @Test
    void a_round_closed_at_the_end_of_its_window_is_not_early() {
        clock.set(CLOSES);
        fixture.given(OPENED)
                .when(new CloseRound(ID, 30, RESULTS))
                .expectEvents(new RoundClosed(ID, BOARD, SCHOOL, "2026-2027", CLOSES, false, 30),
                        new MonitorResultsPublished(ID, BOARD, SCHOOL, "2026-2027", RESULTS));
    }

    @Test
    void a_closed_round_is_final_it_cannot_be_closed_again_nor_get_new_codes() {
        RoundClosed closed = new RoundClosed(ID, BOARD, SCHOOL, "2026-2027", NOW, true, 30);
        fixture.given(OPENED, closed).when(new CloseRound(ID, 31, RESULTS))
                .expectException(Conflict.class).expectNoEvents();
        fixture.given(OPENED, closed).when(new IssueCodes(ID, UUID.randomUUID(), "groep 8", 8, 20))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void no_codes_are_issued_after_the_window_ended() {
        clock.set(CLOSES.plusSeconds(1));
        fixture.given(OPENED).when(new IssueCodes(ID, UUID.randomUUID(), "groep 8", 8, 20))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void delivery_to_the_inspectie_is_refused_before_the_round_is_closed() {
        fixture.given(OPENED, new DeliveryConsentRecorded(ID, BOARD, SCHOOL, "2026-2027", NOW, COORDINATOR))
                .when(new DeliverToInspectie(ID, COORDINATOR, "abc"))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "only a closed round is delivered to the Inspectie").expectNoEvents();
    }

    @Test
    void delivery_to_the_inspectie_is_refused_without_recorded_consent() {
        fixture.given(OPENED, new RoundClosed(ID, BOARD, SCHOOL, "2026-2027", NOW, true, 30))
                .when(new DeliverToInspectie(ID, COORDINATOR, "abc"))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "record the school's consent before delivering to the Inspectie").expectNoEvents();
    }

    @Test
    void a_closed_round_with_consent_is_delivered_once() {
        var given = List.<Object>of(OPENED, new RoundClosed(ID, BOARD, SCHOOL, "2026-2027", NOW, true, 30),
                new DeliveryConsentRecorded(ID, BOARD, SCHOOL, "2026-2027", NOW, COORDINATOR));
        fixture.given(given).when(new DeliverToInspectie(ID, COORDINATOR, "abc"))
                .expectEvents(new DeliveredToInspectie(ID, BOARD, SCHOOL, "2026-2027", NOW, COORDINATOR, "abc"));
        var delivered = new java.util.ArrayList<Object>(given);
        delivered.add(new DeliveredToInspectie(ID, BOARD, SCHOOL, "2026-2027", NOW, COORDINATOR, "abc"));
        fixture.given(delivered).when(new DeliverToInspectie(ID, COORDINATOR, "abc"))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void consent_is_recorded_once() {
        fixture.given(OPENED).when(new RecordDeliveryConsent(ID, COORDINATOR))
                .expectEvents(new DeliveryConsentRecorded(ID, BOARD, SCHOOL, "2026-2027", NOW, COORDINATOR));
        fixture.given(OPENED, new DeliveryConsentRecorded(ID, BOARD, SCHOOL, "2026-2027", NOW, COORDINATOR))
                .when(new RecordDeliveryConsent(ID, COORDINATOR))
                .expectException(Conflict.class).expectNoEvents();
    }
}
