package nl.koers.training.coverage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.contracts.training.TrainingCoverageChanged.RoleCoverage;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.training.coverage.SchoolCoverage.PublishCoverage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchoolCoverageTest {
    static final Instant NOW = Instant.parse("2028-06-01T03:15:00Z");
    static final SchoolId SCHOOL = new SchoolId("12AB00");
    static final BoardId BOARD = new BoardId("41001");
    static final List<RoleCoverage> TRAINED = List.of(new RoleCoverage(Role.COORDINATOR, 1,
            List.of(CourseKind.COURSE), new BigDecimal("6"), List.of()));
    private AggregateTestFixture<SchoolCoverage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SchoolCoverage.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void coverage_is_published_the_first_time_and_when_it_changes() {
        fixture.givenNoPriorActivity().when(new PublishCoverage(SCHOOL, BOARD, 3, TRAINED))
                .expectEvents(new TrainingCoverageChanged(BOARD, SCHOOL, 3, TRAINED, NOW));
    }

    @Test
    void the_same_coverage_again_publishes_nothing() {
        fixture.given(new TrainingCoverageChanged(BOARD, SCHOOL, 3, TRAINED, NOW.minusSeconds(86_400)))
                .when(new PublishCoverage(SCHOOL, BOARD, 3, TRAINED))
                .expectNoEvents();
    }
}
