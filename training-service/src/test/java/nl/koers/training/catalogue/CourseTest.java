package nl.koers.training.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import nl.koers.contracts.training.Accreditation;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.CoursePublished;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseTest {
    static final Instant NOW = Instant.parse("2027-04-01T08:00:00Z");
    static final CourseId ID = CourseId.generate();
    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static PublishCourse publish(BoardId board, String title, BigDecimal hours, Set<Role> roles) {
        return new PublishCourse(ID, board, CourseKind.COURSE, title, "Een gezamenlijke visie op sociale veiligheid",
                "ECM dialoog", roles, true, hours, new UserId("admin"));
    }

    @Test
    void a_provider_course_is_published_for_every_board_with_its_accreditation() {
        fixture.givenNoPriorActivity()
                .when(publish(null, " Professionalisering Sociale Veiligheid ", new BigDecimal("3.0"),
                        Set.of(Role.STAFF, Role.COORDINATOR)))
                .expectEvents(new CoursePublished(ID, null, CourseKind.COURSE, "Professionalisering Sociale Veiligheid",
                        "Een gezamenlijke visie op sociale veiligheid", "ECM dialoog",
                        Set.of(Role.STAFF, Role.COORDINATOR), new Accreditation(true, new BigDecimal("3")), NOW,
                        new UserId("admin")));
    }

    @Test
    void a_boards_own_course_carries_its_board() {
        fixture.givenNoPriorActivity()
                .when(publish(new BoardId("41001"), "Eigen training", BigDecimal.ONE, Set.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_course_without_a_title_is_refused() {
        fixture.givenNoPriorActivity().when(publish(null, "  ", BigDecimal.ONE, Set.of()))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void a_course_without_positive_hours_is_refused() {
        fixture.givenNoPriorActivity().when(publish(null, "Cursus", new BigDecimal("-2"), Set.of()))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void platform_admins_and_auditors_are_no_audience_for_training() {
        fixture.givenNoPriorActivity().when(publish(null, "Cursus", BigDecimal.ONE, Set.of(Role.AUDITOR)))
                .expectException(InvalidInput.class).expectNoEvents();
    }
}
