package nl.koers.incident.report;

import static nl.koers.incident.report.Given.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.FollowUpActionType;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.ReportToInspectorOverdue;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.followup.CloseIncident;
import nl.koers.incident.followup.FlagOverdueReport;
import nl.koers.incident.followup.RecordFollowUpAction;
import nl.koers.platform.error.Conflict;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

/** The duty to report to the vertrouwensinspecteur: one given/when/then test per rule. */
class DutyToReportTest {
    private final Given given = new Given();

    @Test
    void sexual_abuse_with_a_staff_member_as_perpetrator_requires_a_report_within_24_hours() {
        given.fixture.givenNoPriorActivity()
                .when(report(Category.SEXUAL_ABUSE, PersonKind.STAFF, InvolvedRole.PERPETRATOR))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.CoreMatchers.anything(),
                        Matchers.equalTo(new ReportToInspectorRequired(given.id, Given.BOARD, Given.SCHOOL,
                                Category.SEXUAL_ABUSE, NOW.plus(Duration.ofHours(24)))),
                        Matchers.andNoMore())));
    }

    @Test
    void sexual_harassment_involving_staff_in_an_unclear_role_requires_a_report() {
        given.fixture.givenNoPriorActivity()
                .when(report(Category.SEXUAL_HARASSMENT, PersonKind.STAFF, InvolvedRole.OTHER))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.listWithAnyOf(
                        org.hamcrest.CoreMatchers.instanceOf(ReportToInspectorRequired.class))));
    }

    @Test
    void a_staff_member_only_as_witness_does_not_trigger_the_duty() {
        given.fixture.givenNoPriorActivity()
                .when(report(Category.SEXUAL_HARASSMENT, PersonKind.STAFF, InvolvedRole.WITNESS))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(org.hamcrest.CoreMatchers.anything(),
                        Matchers.andNoMore())));
    }

    @Test
    void sexual_harassment_between_pupils_does_not_trigger_the_duty() {
        given.fixture.givenNoPriorActivity()
                .when(report(Category.SEXUAL_HARASSMENT, PersonKind.PUPIL, InvolvedRole.PERPETRATOR))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(org.hamcrest.CoreMatchers.anything(),
                        Matchers.andNoMore())));
    }

    @Test
    void other_categories_involving_staff_do_not_trigger_the_duty() {
        given.fixture.givenNoPriorActivity()
                .when(report(Category.PHYSICAL_VIOLENCE, PersonKind.STAFF, InvolvedRole.PERPETRATOR))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(org.hamcrest.CoreMatchers.anything(),
                        Matchers.andNoMore())));
    }

    @Test
    void recording_the_report_to_the_vertrouwensinspecteur_clears_the_flag() {
        Instant reportedAt = NOW.minusSeconds(60);
        given.fixture.given(given.reported(Category.SEXUAL_ABUSE, false), given.reportRequired(), given.triaged())
                .when(action(FollowUpActionType.REPORT_TO_CONFIDENTIAL_INSPECTOR, reportedAt))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(org.hamcrest.CoreMatchers.anything(),
                        Matchers.equalTo(new ReportToInspectorRecorded(given.id, Given.BOARD, Given.SCHOOL, reportedAt,
                                false, Given.HANDLER, NOW)), Matchers.andNoMore())));
    }

    @Test
    void the_flag_does_not_clear_by_any_other_action() {
        given.fixture.given(given.reported(Category.SEXUAL_ABUSE, false), given.reportRequired(), given.triaged(),
                        new nl.koers.contracts.incident.FollowUpActionRecorded(given.id, Given.BOARD, Given.SCHOOL,
                                UUID.randomUUID(), FollowUpActionType.POLICE_REPORT, Given.HANDLER, NOW, null,
                                Given.HANDLER, NOW))
                .when(new CloseIncident(given.id, "Afgehandeld door de politie.", Given.COORDINATOR))
                .expectException(Conflict.class)
                .expectExceptionMessage("the report to the vertrouwensinspecteur is required and not yet recorded")
                .expectNoEvents();
    }

    @Test
    void a_report_recorded_after_the_deadline_is_marked_late() {
        given.fixture.given(given.reported(Category.SEXUAL_ABUSE, false),
                        new ReportToInspectorRequired(given.id, Given.BOARD, Given.SCHOOL, Category.SEXUAL_ABUSE,
                                NOW.minusSeconds(7200)), given.triaged())
                .when(action(FollowUpActionType.REPORT_TO_CONFIDENTIAL_INSPECTOR, NOW.minusSeconds(60)))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.listWithAnyOf(Matchers.equalTo(
                        new ReportToInspectorRecorded(given.id, Given.BOARD, Given.SCHOOL, NOW.minusSeconds(60), true,
                                Given.HANDLER, NOW)))));
    }

    @Test
    void an_outstanding_report_past_its_deadline_is_flagged_overdue_once() {
        Instant deadline = NOW.minusSeconds(60);
        ReportToInspectorRequired required = new ReportToInspectorRequired(given.id, Given.BOARD, Given.SCHOOL,
                Category.SEXUAL_ABUSE, deadline);
        given.fixture.given(given.reported(Category.SEXUAL_ABUSE, false), required)
                .when(new FlagOverdueReport(given.id, NOW))
                .expectEvents(new ReportToInspectorOverdue(given.id, Given.BOARD, Given.SCHOOL, deadline, NOW));
    }

    @Test
    void an_overdue_report_is_not_flagged_twice() {
        given.fixture.given(given.reported(Category.SEXUAL_ABUSE, false),
                        new ReportToInspectorRequired(given.id, Given.BOARD, Given.SCHOOL, Category.SEXUAL_ABUSE,
                                NOW.minusSeconds(60)),
                        new ReportToInspectorOverdue(given.id, Given.BOARD, Given.SCHOOL, NOW.minusSeconds(60), NOW))
                .when(new FlagOverdueReport(given.id, NOW))
                .expectNoEvents();
    }

    @Test
    void a_report_before_its_deadline_is_not_overdue() {
        given.fixture.given(given.reported(Category.SEXUAL_ABUSE, false), given.reportRequired())
                .when(new FlagOverdueReport(given.id, NOW))
                .expectNoEvents();
    }

    private RecordFollowUpAction action(FollowUpActionType type, Instant performedAt) {
        return new RecordFollowUpAction(given.id, UUID.randomUUID(), type, Given.HANDLER, performedAt,
                "Melding gedaan per telefoon.", Given.HANDLER);
    }

    private ReportIncident report(Category category, PersonKind kind, InvolvedRole role) {
        return new ReportIncident(given.id, Given.BOARD, Given.SCHOOL, NOW.minusSeconds(600), Location.CLASSROOM,
                category, Severity.HIGH, "Melding van grensoverschrijdend gedrag in de klas.", Given.REPORTER,
                List.of(new NewPerson(PersonId.generate(), kind, role, "ref-1", null, null, null)), false);
    }
}
