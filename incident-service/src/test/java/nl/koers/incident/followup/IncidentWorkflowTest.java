package nl.koers.incident.followup;

import static nl.koers.incident.report.Given.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.koers.contracts.incident.FollowUpActionRecorded;
import nl.koers.contracts.incident.FollowUpActionType;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentTriaged;
import nl.koers.incident.report.Given;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.UserId;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

/** Reported → in follow-up → closed → reopened: one given/when/then test per rule. */
class IncidentWorkflowTest {
    private final Given given = new Given();
    private final UUID action = UUID.randomUUID();

    @Test
    void triage_assigns_a_handler() {
        given.fixture.given(given.reported())
                .when(new TriageIncident(given.id, Given.HANDLER, Given.COORDINATOR))
                .expectEvents(new IncidentTriaged(given.id, Given.BOARD, Given.SCHOOL, Given.HANDLER, Given.COORDINATOR,
                        NOW));
    }

    @Test
    void a_handler_can_be_reassigned_during_follow_up() {
        UserId other = new UserId("handler-2");
        given.fixture.given(given.reported(), given.triaged())
                .when(new TriageIncident(given.id, other, Given.COORDINATOR))
                .expectEvents(new IncidentTriaged(given.id, Given.BOARD, Given.SCHOOL, other, Given.COORDINATOR, NOW));
    }

    @Test
    void triage_requires_a_handler() {
        given.fixture.given(given.reported())
                .when(new TriageIncident(given.id, null, Given.COORDINATOR))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_closed_incident_gets_no_new_handler_until_it_is_reopened() {
        given.fixture.given(given.reported(), given.triaged(), given.closed(NOW))
                .when(new TriageIncident(given.id, Given.HANDLER, Given.COORDINATOR))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void a_follow_up_action_records_what_who_when_and_its_outcome_sealed() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new RecordFollowUpAction(given.id, action, FollowUpActionType.PARENTS_INFORMED, Given.HANDLER,
                        NOW.minusSeconds(120), "Ouders van het slachtoffer gebeld; zij komen morgen langs.", Given.HANDLER))
                .expectSuccessfulHandlerExecution();
        FollowUpActionRecorded recorded = last(FollowUpActionRecorded.class);
        assertThat(recorded.type()).isEqualTo(FollowUpActionType.PARENTS_INFORMED);
        assertThat(recorded.performedBy()).isEqualTo(Given.HANDLER);
        assertThat(recorded.performedAt()).isEqualTo(NOW.minusSeconds(120));
        assertThat(recorded.recordedAt()).isEqualTo(NOW);
        assertThat(recorded.outcome().ciphertext()).doesNotContain("Ouders");
        assertThat(given.vault.open(recorded.outcome())).contains("Ouders van het slachtoffer gebeld; zij komen morgen langs.");
    }

    @Test
    void a_follow_up_action_needs_triage_first() {
        given.fixture.given(given.reported())
                .when(new RecordFollowUpAction(given.id, action, FollowUpActionType.CONVERSATION_WITH_PUPIL, Given.HANDLER,
                        NOW, "Gesprek gevoerd.", Given.HANDLER))
                .expectException(Conflict.class).expectExceptionMessage("triage first: assign a handler before you record a follow-up action")
                .expectNoEvents();
    }

    @Test
    void a_closed_incident_gets_no_follow_up_actions() {
        given.fixture.given(given.reported(), given.triaged(), given.closed(NOW))
                .when(new RecordFollowUpAction(given.id, action, FollowUpActionType.OTHER, Given.HANDLER, NOW, null,
                        Given.HANDLER))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void a_follow_up_action_cannot_be_dated_in_the_future() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new RecordFollowUpAction(given.id, action, FollowUpActionType.OTHER, Given.HANDLER,
                        NOW.plusSeconds(3600), null, Given.HANDLER))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void the_name_of_an_involved_person_stays_out_of_an_outcome() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new RecordFollowUpAction(given.id, action, FollowUpActionType.CONVERSATION_WITH_PUPIL,
                        Given.HANDLER, NOW, "Gesprek met Jan Jansen gevoerd.", Given.HANDLER))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void closing_requires_an_evaluation() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new CloseIncident(given.id, "  ", Given.COORDINATOR))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void closing_with_an_evaluation_closes_the_incident() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new CloseIncident(given.id, "Pesten is gestopt; na twee weken nagevraagd.", Given.COORDINATOR))
                .expectSuccessfulHandlerExecution();
        IncidentClosed closed = last(IncidentClosed.class);
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThat(given.vault.open(closed.evaluation())).contains("Pesten is gestopt; na twee weken nagevraagd.");
    }

    @Test
    void an_incident_without_handler_cannot_be_closed() {
        given.fixture.given(given.reported())
                .when(new CloseIncident(given.id, "Klaar.", Given.COORDINATOR))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void a_closed_incident_cannot_be_closed_again() {
        given.fixture.given(given.reported(), given.triaged(), given.closed(NOW))
                .when(new CloseIncident(given.id, "Nogmaals.", Given.COORDINATOR))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void reopening_requires_a_reason() {
        given.fixture.given(given.reported(), given.triaged(), given.closed(NOW))
                .when(new ReopenIncident(given.id, null, Given.COORDINATOR))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void only_a_closed_incident_can_be_reopened() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new ReopenIncident(given.id, "Het pesten is weer begonnen.", Given.COORDINATOR))
                .expectException(Conflict.class).expectExceptionMessage("only a closed incident can be reopened")
                .expectNoEvents();
    }

    @Test
    void a_reopened_incident_is_back_in_follow_up_with_its_handler() {
        given.fixture.given(given.reported(), given.triaged(), given.closed(NOW.minusSeconds(60)))
                .when(new ReopenIncident(given.id, "Het pesten is weer begonnen.", Given.COORDINATOR))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.CoreMatchers.instanceOf(IncidentReopened.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        given.fixture.given(given.reported(), given.triaged(), given.closed(NOW.minusSeconds(60)),
                        new IncidentReopened(given.id, Given.BOARD, Given.SCHOOL, NOW, Given.COORDINATOR, null))
                .when(new RecordFollowUpAction(given.id, action, FollowUpActionType.CONVERSATION_WITH_PUPIL,
                        Given.HANDLER, NOW, null, Given.HANDLER))
                .expectSuccessfulHandlerExecution();
    }

    private <T> T last(Class<T> type) {
        return given.fixture.getEventStore().readEvents(given.id.toString()).asStream().map(EventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
    }
}
