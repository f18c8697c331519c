package nl.koers.incident.report;

import static nl.koers.incident.report.Given.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

/** Corrections are events: one given/when/then test per rule. */
class CorrectionTest {
    private final Given given = new Given();

    @Test
    void a_correction_records_only_what_changed_and_why_and_leaves_the_report_as_recorded() {
        given.fixture.given(given.reported())
                .when(new CorrectIncident(given.id, null, null, Category.CYBERBULLYING, Severity.MEDIUM, null,
                        "Het gebeurde in de groepsapp, niet op het plein.", Given.COORDINATOR))
                .expectSuccessfulHandlerExecution();
        IncidentCorrected corrected = last(IncidentCorrected.class);
        assertThat(corrected.category()).isEqualTo(Category.CYBERBULLYING);
        assertThat(corrected.severity()).isNull(); // unchanged
        assertThat(corrected.correctedAt()).isEqualTo(NOW);
        assertThat(given.vault.open(corrected.reason())).contains("Het gebeurde in de groepsapp, niet op het plein.");
        assertThat(last(IncidentReported.class).category()).isEqualTo(Category.BULLYING);
    }

    @Test
    void a_correction_needs_a_reason() {
        given.fixture.given(given.reported())
                .when(new CorrectIncident(given.id, null, null, Category.CYBERBULLYING, null, null, " ", Given.COORDINATOR))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        given.fixture.given(given.reported())
                .when(new CorrectIncident(given.id, null, null, Category.BULLYING, Severity.MEDIUM, null, "Klopt al.",
                        Given.COORDINATOR))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_correction_cannot_move_the_event_into_the_future() {
        given.fixture.given(given.reported())
                .when(new CorrectIncident(given.id, NOW.plusSeconds(3600), null, null, null, null, "Tijd verkeerd.",
                        Given.COORDINATOR))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void correcting_into_sexual_abuse_with_a_staff_perpetrator_raises_the_duty_to_report_from_now() {
        IncidentReported withStaff = new IncidentReported(given.id, Given.BOARD, Given.SCHOOL, NOW.minusSeconds(3600),
                NOW.minusSeconds(600), nl.koers.contracts.incident.Location.CLASSROOM, Category.OTHER, Severity.HIGH,
                given.vault.seal(Subjects.incidentText(given.id), "Grensoverschrijdend gedrag in de klas."),
                Given.REPORTER, List.of(staff(PersonId.generate())), false);
        given.fixture.given(withStaff)
                .when(new CorrectIncident(given.id, null, null, Category.SEXUAL_ABUSE, null, null,
                        "Na het gesprek bleek het om seksueel misbruik te gaan.", Given.COORDINATOR))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.CoreMatchers.instanceOf(IncidentCorrected.class),
                        Matchers.equalTo(new ReportToInspectorRequired(given.id, Given.BOARD, Given.SCHOOL,
                                Category.SEXUAL_ABUSE, NOW.plus(DutyToReport.DEADLINE))),
                        Matchers.andNoMore())));
    }

    @Test
    void the_name_of_an_involved_person_stays_out_of_a_corrected_description() {
        given.fixture.given(given.reported())
                .when(new CorrectIncident(given.id, null, null, null, null, "Piet Pietersen schopte.", "Aanvulling.",
                        Given.COORDINATOR))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    private nl.koers.contracts.incident.InvolvedPerson staff(PersonId person) {
        String subject = Subjects.person(given.id, person);
        return new nl.koers.contracts.incident.InvolvedPerson(person, nl.koers.contracts.incident.PersonKind.STAFF,
                InvolvedRole.PERPETRATOR, subject, given.vault.seal(subject, "staff-x"), null, null, null);
    }

    private <T> T last(Class<T> type) {
        return given.fixture.getEventStore().readEvents(given.id.toString()).asStream().map(EventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
    }
}
