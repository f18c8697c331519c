package nl.koers.tenant.board;

import nl.koers.contracts.tenant.BoardOnboarded;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoardTest {
    private static final BoardId BOARD = new BoardId("42001");
    private AggregateTestFixture<Board> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Board.class);
    }

    @Test
    void a_board_is_onboarded_with_its_trimmed_name() {
        fixture.givenNoPriorActivity()
                .when(new OnboardBoard(BOARD, "  Stichting Primair Onderwijs Oost  "))
                .expectEvents(new BoardOnboarded(BOARD, "Stichting Primair Onderwijs Oost"));
    }

    @Test
    void a_board_is_onboarded_only_once() {
        fixture.given(new BoardOnboarded(BOARD, "Stichting Oost"))
                .when(new OnboardBoard(BOARD, "Stichting Oost"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void a_board_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(new OnboardBoard(BOARD, "   "))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void a_board_name_is_at_most_200_characters() {
        fixture.givenNoPriorActivity()
                .when(new OnboardBoard(BOARD, "x".repeat(Board.MAX_NAME + 1)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
