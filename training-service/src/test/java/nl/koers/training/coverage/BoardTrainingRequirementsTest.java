package nl.koers.training.coverage;

import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingRequirementRemoved;
import nl.koers.contracts.training.TrainingRequirementSet;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;
import nl.koers.training.coverage.RequirementCommands.RemoveRequirement;
import nl.koers.training.coverage.RequirementCommands.SetRequirement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoardTrainingRequirementsTest {
    static final BoardId BOARD = new BoardId("41001");
    static final UserId ADMIN = new UserId("admin-a");
    private AggregateTestFixture<BoardTrainingRequirements> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BoardTrainingRequirements.class);
    }

    static TrainingRequirementSet set(int years) {
        return new TrainingRequirementSet(BOARD, Role.COORDINATOR, CourseKind.COURSE, years, true, ADMIN);
    }

    @Test
    void a_board_requires_a_kind_of_training_for_a_role_within_years() {
        fixture.givenNoPriorActivity()
                .when(new SetRequirement(BOARD, Role.COORDINATOR, CourseKind.COURSE, 3, true, ADMIN))
                .expectEvents(set(3));
    }

    @Test
    void setting_it_again_with_other_years_replaces_it_and_the_same_again_changes_nothing() {
        fixture.given(set(3)).when(new SetRequirement(BOARD, Role.COORDINATOR, CourseKind.COURSE, 2, true, ADMIN))
                .expectEvents(set(2));
        fixture.given(set(3)).when(new SetRequirement(BOARD, Role.COORDINATOR, CourseKind.COURSE, 3, true, ADMIN))
                .expectNoEvents();
    }

    @Test
    void only_roles_at_school_can_be_required() {
        fixture.givenNoPriorActivity()
                .when(new SetRequirement(BOARD, Role.AUDITOR, CourseKind.COURSE, 3, false, ADMIN))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void the_years_are_between_one_and_ten() {
        fixture.givenNoPriorActivity()
                .when(new SetRequirement(BOARD, Role.STAFF, CourseKind.COURSE, 0, false, ADMIN))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void removing_drops_a_requirement_and_an_unknown_one_is_not_found() {
        fixture.given(set(3)).when(new RemoveRequirement(BOARD, Role.COORDINATOR, CourseKind.COURSE, ADMIN))
                .expectEvents(new TrainingRequirementRemoved(BOARD, Role.COORDINATOR, CourseKind.COURSE, ADMIN));
        fixture.given(set(3)).when(new RemoveRequirement(BOARD, Role.STAFF, CourseKind.COURSE, ADMIN))
                .expectException(NotFound.class).expectNoEvents();
    }
}
