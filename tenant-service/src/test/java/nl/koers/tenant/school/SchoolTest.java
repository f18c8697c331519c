package nl.koers.tenant.school;

import nl.koers.contracts.tenant.SchoolDetailsChanged;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchoolTest {
    private static final BoardId BOARD = new BoardId("42001");
    private static final BoardId OTHER = new BoardId("42002");
    private static final SchoolId SCHOOL = new SchoolId("21XY00");
    private static final SchoolOnboarded ONBOARDED =
            new SchoolOnboarded(BOARD, SCHOOL, "OBS De Linde", Sector.PO, "Zwolle", 240);
    private AggregateTestFixture<School> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(School.class);
    }

    private static OnboardSchool onboard(BoardId board, String name, int pupils) {
        return new OnboardSchool(SCHOOL, board, name, Sector.PO, "Zwolle", pupils);
    }

    @Test
    void a_new_school_is_onboarded_with_its_board_and_details() {
        fixture.givenNoPriorActivity()
                .when(onboard(BOARD, "OBS De Linde", 240))
                .expectEvents(ONBOARDED);
    }

    @Test
    void onboarding_a_school_again_with_the_same_details_changes_nothing() {
        fixture.given(ONBOARDED)
                .when(onboard(BOARD, "OBS De Linde", 240))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onboarding_a_school_again_with_new_details_changes_its_details() {
        fixture.given(ONBOARDED)
                .when(onboard(BOARD, "OBS De Linde", 255))
                .expectEvents(new SchoolDetailsChanged(BOARD, SCHOOL, "OBS De Linde", Sector.PO, "Zwolle", 255));
    }

    @Test
    void a_school_belongs_to_one_board_only() {
        fixture.given(ONBOARDED)
                .when(onboard(OTHER, "OBS De Linde", 240))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("school 21XY00 belongs to another board")
                .expectNoEvents();
    }

    @Test
    void a_school_cannot_have_a_negative_pupil_count() {
        fixture.givenNoPriorActivity()
                .when(onboard(BOARD, "OBS De Linde", -1))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void a_school_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(onboard(BOARD, " ", 10))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
