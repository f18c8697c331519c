package nl.koers.tenant.school;

import java.util.List;
import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchoolImportTest {
    private static final ImportId ID = ImportId.generate();
    private static final BoardId BOARD = new BoardId("42001");
    private static final List<SchoolRow> ROWS =
            List.of(new SchoolRow(2, new SchoolId("21XY00"), "OBS De Linde", Sector.PO, "Zwolle", 240));
    private AggregateTestFixture<SchoolImport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SchoolImport.class);
    }

    @Test
    void an_import_keeps_its_rows_so_that_it_can_resume() {
        fixture.givenNoPriorActivity()
                .when(new StartSchoolImport(ID, BOARD, ROWS, 3))
                .expectEvents(new SchoolImportStarted(ID, BOARD, ROWS, 3));
    }

    @Test
    void an_import_needs_at_least_one_school_to_change() {
        fixture.givenNoPriorActivity()
                .when(new StartSchoolImport(ID, BOARD, List.of(), 5))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void an_import_completes_with_the_rows_that_failed() {
        List<ImportError> errors = List.of(new ImportError(2, "brin", "school 21XY00 belongs to another board"));
        fixture.given(new SchoolImportStarted(ID, BOARD, ROWS, 0))
                .when(new CompleteSchoolImport(ID, errors))
                .expectEvents(new SchoolImportCompleted(ID, BOARD, errors));
    }

    @Test
    void an_import_completes_once_even_when_a_resumed_run_finishes_again() {
        fixture.given(new SchoolImportStarted(ID, BOARD, ROWS, 0), new SchoolImportCompleted(ID, BOARD, List.of()))
                .when(new CompleteSchoolImport(ID, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
