package nl.koers.incident.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.test.InMemoryPersonalDataVault;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final IncidentId ID = IncidentId.generate();
    private AggregateTestFixture<Incident> fixture;
    private final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(vault);
    }

    @Test
    void a_report_is_recorded_with_the_time_of_recording_kept_apart_from_the_time_of_the_event() {
        Instant occurred = NOW.minusSeconds(3600);
        fixture.givenNoPriorActivity()
                .when(report(occurred, Category.BULLYING, "Op het plein uitgescholden."))
                .expectSuccessfulHandlerExecution();
        IncidentReported reported = reported();
        assertThat(reported).usingRecursiveComparison().ignoringFields("description").isEqualTo(
                new IncidentReported(ID, new BoardId("41001"), new SchoolId("12AB00"), occurred, NOW,
                        Location.PLAYGROUND, Category.BULLYING, Severity.MEDIUM, null, new UserId("staff-1")));
    }

    @Test
    void the_description_travels_sealed_under_the_incidents_own_key_and_is_unreadable_after_erasure() {
        fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "Jan uit groep 6 werd geschopt."))
                .expectSuccessfulHandlerExecution();
        SealedText description = reported().description();
        assertThat(description.subject()).isEqualTo(Incident.descriptionSubject(ID));
        assertThat(description.ciphertext()).doesNotContain("Jan", "geschopt");
        assertThat(vault.open(description)).contains("Jan uit groep 6 werd geschopt.");
        vault.erase(description.subject());
        assertThat(vault.open(description)).isEmpty();
    }

    private IncidentReported reported() {
        return (IncidentReported) fixture.getEventStore().readEvents(ID.toString()).asStream()
                .findFirst().orElseThrow().getPayload();
    }

    @Test
    void a_report_without_category_is_refused() {
        fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), null, "Iets gebeurd."))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("is required")
                .expectNoEvents();
    }

    @Test
    void a_report_dated_in_the_future_is_refused() {
        fixture.givenNoPriorActivity()
                .when(report(NOW.plusSeconds(3600), Category.BULLYING, "Nog niet gebeurd."))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_report_a_few_seconds_ahead_is_clock_skew_and_accepted() {
        fixture.givenNoPriorActivity()
                .when(report(NOW.plusSeconds(20), Category.OTHER, "Net gebeurd."))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_description_longer_than_10000_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "x".repeat(Incident.MAX_DESCRIPTION + 1)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void a_report_without_a_description_of_what_happened_is_refused() {
        fixture.givenNoPriorActivity()
                .when(report(NOW.minusSeconds(60), Category.BULLYING, "   "))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    private static ReportIncident report(Instant occurredAt, Category category, String description) {
        return new ReportIncident(ID, new BoardId("41001"), new SchoolId("12AB00"), occurredAt, Location.PLAYGROUND,
                category, Severity.MEDIUM, description, new UserId("staff-1"));
    }
}
