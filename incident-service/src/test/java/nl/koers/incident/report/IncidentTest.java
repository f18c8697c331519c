package nl.koers.incident.report;

import static nl.koers.incident.report.Given.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.privacy.SealedText;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

class IncidentTest {
    private final Given given = new Given();

    @Test
    void a_report_is_recorded_with_the_time_of_recording_kept_apart_from_the_time_of_the_event() {
        Instant occurred = NOW.minusSeconds(3600);
        given.fixture.givenNoPriorActivity()
                .when(report(occurred, Category.BULLYING, "Op het plein uitgescholden.", List.of()))
                .expectSuccessfulHandlerExecution();
        IncidentReported reported = reported();
        assertThat(reported).usingRecursiveComparison().ignoringFields("description").isEqualTo(
                new IncidentReported(given.id, Given.BOARD, Given.SCHOOL, occurred, NOW, Location.PLAYGROUND,
                        Category.BULLYING, Severity.MEDIUM, null, Given.REPORTER));
    }

    @Test
    void the_description_travels_sealed_under_the_incidents_own_key_and_is_unreadable_after_erasure() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "Een leerling werd geschopt.", List.of()))
                .expectSuccessfulHandlerExecution();
        SealedText description = reported().description();
        assertThat(description.subject()).isEqualTo(Incident.descriptionSubject(given.id));
        assertThat(description.ciphertext()).doesNotContain("geschopt");
        assertThat(given.vault.open(description)).contains("Een leerling werd geschopt.");
        given.vault.erase(description.subject());
        assertThat(given.vault.open(description)).isEmpty();
    }

    @Test
    void each_involved_person_keeps_their_own_role_and_their_part_is_sealed_under_their_own_key() {
        PersonId jan = PersonId.generate();
        PersonId piet = PersonId.generate();
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "De pleger schopte het slachtoffer.", List.of(
                        new NewPerson(jan, PersonKind.PUPIL, InvolvedRole.VICTIM, "LL-1", "6B", "Jan Jansen", null),
                        new NewPerson(piet, PersonKind.PUPIL, InvolvedRole.PERPETRATOR, "LL-2", "6B", "Piet", "Schopte"))))
                .expectSuccessfulHandlerExecution();
        List<InvolvedPerson> involved = reported().involved();
        assertThat(involved).extracting(InvolvedPerson::role).containsExactly(InvolvedRole.VICTIM, InvolvedRole.PERPETRATOR);
        assertThat(involved.get(0).subject()).isEqualTo(Subjects.person(given.id, jan)).isNotEqualTo(involved.get(1).subject());
        assertThat(involved.get(0).name().subject()).isEqualTo(involved.get(0).subject());
        assertThat(given.vault.open(involved.get(0).name())).contains("Jan Jansen");

        given.vault.erase(involved.get(0).subject());
        assertThat(given.vault.open(involved.get(0).name())).isEmpty();
        assertThat(given.vault.open(involved.get(1).name())).contains("Piet");
        assertThat(given.vault.open(reported().description())).isPresent();
    }

    @Test
    void a_pupil_is_named_by_the_schools_pseudonymous_reference() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "Iemand werd geschopt.", List.of(
                        new NewPerson(PersonId.generate(), PersonKind.PUPIL, InvolvedRole.VICTIM, null, "6B", "Jan", null))))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("a pupil is named by the school's pseudonymous reference")
                .expectNoEvents();
    }

    @Test
    void a_person_has_one_role_in_an_incident() {
        PersonId jan = PersonId.generate();
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "Iemand werd geschopt.", List.of(
                        new NewPerson(jan, PersonKind.PUPIL, InvolvedRole.VICTIM, "LL-1", null, null, null),
                        new NewPerson(jan, PersonKind.PUPIL, InvolvedRole.WITNESS, "LL-1", null, null, null))))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void the_name_of_an_involved_person_is_kept_out_of_the_description() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "Jan Jansen werd geschopt.", List.of(
                        new NewPerson(PersonId.generate(), PersonKind.PUPIL, InvolvedRole.VICTIM, "LL-1", null,
                                "Jan Jansen", null))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void script_tags_are_kept_as_text() {
        String script = "<script>alert('x')</script> werd in de chat gezet.";
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.CYBERBULLYING, script, List.of()))
                .expectSuccessfulHandlerExecution();
        assertThat(given.vault.open(reported().description())).contains(script);
    }

    @Test
    void a_report_without_category_is_refused() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), null, "Iets gebeurd.", List.of()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("is required")
                .expectNoEvents();
    }

    @Test
    void a_person_without_kind_or_role_is_refused() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "Iets gebeurd.", List.of(
                        new NewPerson(PersonId.generate(), PersonKind.PARENT, null, null, null, null, null))))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void a_report_dated_in_the_future_is_refused() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.plusSeconds(3600), Category.BULLYING, "Nog niet gebeurd.", List.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_report_a_few_seconds_ahead_is_clock_skew_and_accepted() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.plusSeconds(20), Category.OTHER, "Net gebeurd.", List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_description_longer_than_10000_characters_is_refused() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "x".repeat(Incident.MAX_DESCRIPTION + 1), List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void a_report_without_a_description_of_what_happened_is_refused() {
        given.fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "   ", List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void entry_hints_point_at_initials_opinions_and_too_short_descriptions_but_not_at_facts() {
        assertThat(EntryHints.check("J.J. deed raar")).contains(EntryHints.NO_INITIALS, EntryHints.TOO_SHORT);
        assertThat(EntryHints.check("Ik denk dat het slachtoffer altijd gepest wordt door de klas."))
                .contains(EntryHints.OPINION);
        assertThat(EntryHints.check("Om 10.15 uur schopte de pleger het slachtoffer op het plein; twee getuigen zagen het."))
                .isEmpty();
    }

    private ReportIncident report(Instant occurredAt, Category category, String description, List<NewPerson> persons) {
        return new ReportIncident(given.id, Given.BOARD, Given.SCHOOL, occurredAt, Location.PLAYGROUND, category, Severity.MEDIUM, description,
                Given.REPORTER, persons, false);
    }

    private IncidentReported reported() {
        return (IncidentReported) given.fixture.getEventStore().readEvents(given.id.toString()).asStream()
                .map(EventMessage::getPayload).filter(IncidentReported.class::isInstance).findFirst().orElseThrow();
    }
}
