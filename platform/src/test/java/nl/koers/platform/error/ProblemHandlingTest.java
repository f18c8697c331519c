package nl.koers.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemHandlingTest {
    private final ProblemHandling handling = new ProblemHandling();

    @Test
    void many_violations_are_one_422_listing_every_line_field_and_reason() {
        ProblemDetail problem = handling.violations(new Violations("the file has errors", List.of(
                new Violations.Violation(2, "brin", "must be 2 digits and 2 capital letters"),
                new Violations.Violation(5, "sector", "unknown sector"))));
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType().toString()).isEqualTo("https://koers.nl/problems/validation-failed");
        assertThat(problem.getProperties()).containsKey("errors");
        assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(
                new Violations.Violation(2, "brin", "must be 2 digits and 2 capital letters"),
                new Violations.Violation(5, "sector", "unknown sector")));
    }

    @Test
    void a_conflict_is_409_naming_the_field() {
        ProblemDetail problem = handling.conflict(new Conflict("boardId", "board 41001 is already onboarded"));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("field", "boardId");
    }
}
