package nl.koers.incident.meldcode;

import static nl.koers.incident.report.Given.NOW;

import nl.koers.contracts.incident.IncidentMarkedConfidential;
import nl.koers.contracts.incident.MeldcodeOutcome;
import nl.koers.contracts.incident.MeldcodeStarted;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.contracts.incident.MeldcodeStepRecorded;
import nl.koers.contracts.incident.MeldcodeStepSkipped;
import nl.koers.incident.followup.CloseIncident;
import nl.koers.incident.report.Given;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

/** The five steps of the Meldcode: one given/when/then test per rule. */
class MeldcodeTest {
    private final Given given = new Given();

    @Test
    void a_meldcode_concern_is_confidential_by_default() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new StartMeldcode(given.id, Given.COORDINATOR))
                .expectEvents(new MeldcodeStarted(given.id, Given.BOARD, Given.SCHOOL, Given.COORDINATOR, NOW),
                        new IncidentMarkedConfidential(given.id, Given.BOARD, Given.SCHOOL, Given.COORDINATOR, NOW));
    }

    @Test
    void a_step_is_recorded_with_its_decision_and_who_took_it() {
        given.fixture.given(given.reported(), started())
                .when(new RecordMeldcodeStep(given.id, MeldcodeStep.MAP_SIGNS, "Blauwe plekken gezien, twee keer.",
                        Given.HANDLER))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.CoreMatchers.instanceOf(MeldcodeStepRecorded.class), Matchers.andNoMore())));
    }

    @Test
    void a_step_cannot_be_skipped_without_a_recorded_reason() {
        given.fixture.given(given.reported(), started(), taken(MeldcodeStep.MAP_SIGNS))
                .when(new RecordMeldcodeStep(given.id, MeldcodeStep.TALK, "Gesprek met ouders.", Given.HANDLER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("step CONSULT comes first: record it, or skip it with a reason")
                .expectNoEvents();
    }

    @Test
    void skipping_a_step_requires_a_reason() {
        given.fixture.given(given.reported(), started(), taken(MeldcodeStep.MAP_SIGNS))
                .when(new SkipMeldcodeStep(given.id, MeldcodeStep.CONSULT, " ", Given.HANDLER))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_skipped_step_with_its_reason_lets_the_next_step_follow() {
        given.fixture.given(given.reported(), started(), taken(MeldcodeStep.MAP_SIGNS), skipped(MeldcodeStep.CONSULT))
                .when(new RecordMeldcodeStep(given.id, MeldcodeStep.TALK, "Gesprek met ouders gevoerd.", Given.HANDLER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_weighing_cannot_be_skipped() {
        given.fixture.given(given.reported(), started(), taken(MeldcodeStep.MAP_SIGNS), taken(MeldcodeStep.CONSULT),
                        taken(MeldcodeStep.TALK))
                .when(new SkipMeldcodeStep(given.id, MeldcodeStep.WEIGH, "Geen tijd.", Given.HANDLER))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void the_decision_requires_the_weighing_to_be_recorded() {
        given.fixture.given(given.reported(), started(), taken(MeldcodeStep.MAP_SIGNS), taken(MeldcodeStep.CONSULT),
                        taken(MeldcodeStep.TALK))
                .when(new DecideMeldcode(given.id, MeldcodeOutcome.ORGANISE_HELP, "Hulp via het wijkteam.", Given.HANDLER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the decision requires the weighing (step 4, afwegingskader) to be recorded")
                .expectNoEvents();
    }

    @Test
    void after_the_weighing_the_decision_is_recorded_with_its_outcome() {
        given.fixture.given(given.reported(), started(), taken(MeldcodeStep.MAP_SIGNS), taken(MeldcodeStep.CONSULT),
                        taken(MeldcodeStep.TALK), taken(MeldcodeStep.WEIGH))
                .when(new DecideMeldcode(given.id, MeldcodeOutcome.REPORT_TO_VEILIG_THUIS, "Acute onveiligheid.",
                        Given.COORDINATOR))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.CoreMatchers.instanceOf(nl.koers.contracts.incident.MeldcodeDecided.class), Matchers.andNoMore())));
    }

    @Test
    void an_incident_under_the_meldcode_closes_only_after_the_decision() {
        given.fixture.given(given.reported(), given.triaged(), started(), taken(MeldcodeStep.MAP_SIGNS))
                .when(new CloseIncident(given.id, "Klaar.", Given.COORDINATOR))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void steps_need_a_started_meldcode() {
        given.fixture.given(given.reported())
                .when(new RecordMeldcodeStep(given.id, MeldcodeStep.MAP_SIGNS, "Signalen.", Given.HANDLER))
                .expectException(Conflict.class).expectNoEvents();
    }

    private MeldcodeStarted started() {
        return new MeldcodeStarted(given.id, Given.BOARD, Given.SCHOOL, Given.COORDINATOR, NOW);
    }

    private MeldcodeStepRecorded taken(MeldcodeStep step) {
        return new MeldcodeStepRecorded(given.id, Given.BOARD, Given.SCHOOL, step,
                given.vault.seal("incident/" + given.id + "/description", "besluit"), Given.HANDLER, NOW);
    }

    private MeldcodeStepSkipped skipped(MeldcodeStep step) {
        return new MeldcodeStepSkipped(given.id, Given.BOARD, Given.SCHOOL, step,
                given.vault.seal("incident/" + given.id + "/description", "reden"), Given.HANDLER, NOW);
    }
}
