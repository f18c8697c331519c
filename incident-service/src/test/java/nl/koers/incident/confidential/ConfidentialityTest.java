package nl.koers.incident.confidential;

import static nl.koers.incident.report.Given.NOW;

import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.ConfidentialIncidentRead;
import nl.koers.contracts.incident.IncidentMarkedConfidential;
import nl.koers.incident.report.Given;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.id.UserId;
import org.junit.jupiter.api.Test;

class ConfidentialityTest {
    private final Given given = new Given();

    @Test
    void the_reporter_may_mark_an_incident_confidential() {
        given.fixture.given(given.reported())
                .when(new MarkConfidential(given.id, Given.REPORTER, false))
                .expectEvents(new IncidentMarkedConfidential(given.id, Given.BOARD, Given.SCHOOL, Given.REPORTER, NOW));
    }

    @Test
    void a_coordinator_may_mark_an_incident_confidential() {
        given.fixture.given(given.reported())
                .when(new MarkConfidential(given.id, Given.COORDINATOR, true))
                .expectEvents(new IncidentMarkedConfidential(given.id, Given.BOARD, Given.SCHOOL, Given.COORDINATOR, NOW));
    }

    @Test
    void other_staff_may_not_mark_an_incident_confidential() {
        given.fixture.given(given.reported())
                .when(new MarkConfidential(given.id, new UserId("staff-2"), false))
                .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void every_read_of_a_confidential_incident_is_recorded() {
        UserId adviser = new UserId("adviser-1");
        given.fixture.given(given.reported(Category.SEXUAL_HARASSMENT, true))
                .when(new RecordConfidentialRead(given.id, adviser, true, "GET incident"))
                .expectEvents(new ConfidentialIncidentRead(given.id, Given.BOARD, Given.SCHOOL, adviser, NOW, true,
                        "GET incident"));
    }

    @Test
    void reads_of_an_ordinary_incident_are_not_events() {
        given.fixture.given(given.reported())
                .when(new RecordConfidentialRead(given.id, Given.REPORTER, true, "GET incident"))
                .expectNoEvents();
    }
}
