package nl.koers.incident.privacy;

import static nl.koers.incident.report.Given.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.ErasureReceiptIssued;
import nl.koers.contracts.incident.IncidentDataExpired;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.LegalHoldLifted;
import nl.koers.contracts.incident.LegalHoldPlaced;
import nl.koers.contracts.incident.PersonDataErased;
import nl.koers.contracts.incident.PersonId;
import nl.koers.incident.report.Given;
import nl.koers.incident.report.Subjects;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.test.InMemoryPersonalDataVault;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Erasure, retention and legal holds on the aggregates: one given/when/then test per rule. */
class IncidentPrivacyTest {
    private final Given given = new Given();
    private final UUID receipt = UUID.randomUUID();
    private final UUID hold = UUID.randomUUID();

    @Test
    void erasing_the_victim_leaves_the_perpetrator_and_the_incident_intact() {
        IncidentReported reported = given.reported();
        given.fixture.given(reported)
                .when(new ErasePersonData(given.id, Given.VICTIM, receipt, Given.COORDINATOR))
                .expectEvents(new PersonDataErased(given.id, Given.BOARD, Given.SCHOOL, Given.VICTIM,
                        Subjects.person(given.id, Given.VICTIM), receipt, NOW));
        assertThat(given.vault.open(part(reported, Given.VICTIM).name())).isEmpty();
        assertThat(given.vault.open(part(reported, Given.PERPETRATOR).name())).contains("Piet Pietersen");
        assertThat(given.vault.open(reported.description())).isPresent();
    }

    @Test
    void erasing_the_perpetrator_leaves_the_victim_intact() {
        IncidentReported reported = given.reported();
        given.fixture.given(reported)
                .when(new ErasePersonData(given.id, Given.PERPETRATOR, receipt, Given.COORDINATOR))
                .expectSuccessfulHandlerExecution();
        assertThat(given.vault.open(part(reported, Given.PERPETRATOR).name())).isEmpty();
        assertThat(given.vault.open(part(reported, Given.VICTIM).name())).contains("Jan Jansen");
    }

    @Test
    void a_legal_hold_on_the_incident_suspends_erasure_and_says_why() {
        IncidentReported reported = given.reported();
        given.fixture.given(reported, placed())
                .when(new ErasePersonData(given.id, Given.VICTIM, receipt, Given.COORDINATOR))
                .expectException(Conflict.class)
                .expectExceptionMessage("incident " + given.id + " is under a legal hold: erasure is suspended until "
                        + "the hold is lifted")
                .expectNoEvents();
        assertThat(given.vault.open(part(reported, Given.VICTIM).name())).contains("Jan Jansen");
    }

    @Test
    void the_data_of_a_closed_incident_expires_with_every_key() {
        IncidentReported reported = given.reported();
        given.fixture.given(reported, given.triaged(), given.closed(NOW.minusSeconds(3600)))
                .when(new ExpireIncidentData(given.id, 24))
                .expectEvents(new IncidentDataExpired(given.id, Given.BOARD, Given.SCHOOL, List.of(
                        Subjects.incidentText(given.id), Subjects.person(given.id, Given.VICTIM),
                        Subjects.person(given.id, Given.PERPETRATOR)), 24, NOW));
        assertThat(given.vault.open(reported.description())).isEmpty();
        assertThat(given.vault.open(part(reported, Given.PERPETRATOR).name())).isEmpty();
    }

    @Test
    void an_open_incident_does_not_expire() {
        given.fixture.given(given.reported(), given.triaged())
                .when(new ExpireIncidentData(given.id, 24))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void a_legal_hold_suspends_retention() {
        IncidentReported reported = given.reported();
        given.fixture.given(reported, given.triaged(), given.closed(NOW), placed())
                .when(new ExpireIncidentData(given.id, 24))
                .expectException(Conflict.class).expectNoEvents();
        assertThat(given.vault.open(reported.description())).isPresent();
    }

    @Test
    void after_the_hold_is_lifted_retention_applies() {
        given.fixture.given(given.reported(), given.triaged(), given.closed(NOW), placed(),
                        new LegalHoldLifted(hold, Given.BOARD, Given.SCHOOL, given.id, null, Given.COORDINATOR, NOW))
                .when(new ExpireIncidentData(given.id, 24))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                org.hamcrest.CoreMatchers.instanceOf(IncidentDataExpired.class))));
    }

    @Test
    void a_legal_hold_needs_a_reason() {
        given.fixture.given(given.reported())
                .when(new PlaceIncidentHold(given.id, hold, "", Given.COORDINATOR))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_hold_on_a_person_suspends_their_erasure() {
        PersonId person = PersonId.generate();
        AggregateTestFixture<PersonRecord> fixture = personFixture();
        fixture.given(new LegalHoldPlaced(hold, Given.BOARD, Given.SCHOOL, null, person, null, Given.COORDINATOR, NOW))
                .when(new IssueErasureReceipt(person, Given.BOARD, Given.SCHOOL, receipt, List.of("s"),
                        List.of(IncidentId.generate()), Given.COORDINATOR))
                .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void an_erasure_request_yields_a_receipt_without_personal_data() {
        PersonId person = PersonId.generate();
        IncidentId incident = IncidentId.generate();
        personFixture().givenNoPriorActivity()
                .when(new IssueErasureReceipt(person, Given.BOARD, Given.SCHOOL, receipt,
                        List.of(Subjects.person(incident, person)), List.of(incident), Given.COORDINATOR))
                .expectEvents(new ErasureReceiptIssued(receipt, Given.BOARD, Given.SCHOOL, person,
                        List.of(Subjects.person(incident, person)), List.of(incident), Given.COORDINATOR, NOW));
    }

    @Test
    void a_lifted_person_hold_allows_erasure_again() {
        PersonId person = PersonId.generate();
        personFixture().given(new LegalHoldPlaced(hold, Given.BOARD, Given.SCHOOL, null, person, null, Given.COORDINATOR, NOW),
                        new LegalHoldLifted(hold, Given.BOARD, Given.SCHOOL, null, person, Given.COORDINATOR, NOW))
                .when(new IssueErasureReceipt(person, Given.BOARD, Given.SCHOOL, receipt, List.of("s"), List.of(),
                        Given.COORDINATOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_retention_period_is_between_1_and_120_months() {
        AggregateTestFixture<RetentionPolicy> fixture = new AggregateTestFixture<>(RetentionPolicy.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.givenNoPriorActivity().when(SetRetentionPolicy.of(Given.BOARD, 0, Given.COORDINATOR))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(SetRetentionPolicy.of(Given.BOARD, 36, Given.COORDINATOR))
                .expectEvents(new nl.koers.contracts.incident.RetentionPolicySet(Given.BOARD, 36, Given.COORDINATOR, NOW));
    }

    private AggregateTestFixture<PersonRecord> personFixture() {
        AggregateTestFixture<PersonRecord> fixture = new AggregateTestFixture<>(PersonRecord.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryPersonalDataVault());
        return fixture;
    }

    private LegalHoldPlaced placed() {
        return new LegalHoldPlaced(hold, Given.BOARD, Given.SCHOOL, given.id, null,
                given.vault.seal("legal-hold/" + hold, "Rechtszaak loopt."), Given.COORDINATOR, NOW);
    }

    private static InvolvedPerson part(IncidentReported reported, PersonId person) {
        return reported.involved().stream().filter(p -> p.personId().equals(person)).findFirst().orElseThrow();
    }
}
