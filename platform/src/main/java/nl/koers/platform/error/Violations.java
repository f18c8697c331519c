package nl.koers.platform.error;

import java.util.List;

/**
 * Many rule violations found at once (e.g. every bad line of an uploaded file): 422 with an {@code errors} array of
 * {@code {line, field, reason}}, so a user can fix them all in one go. Thrown before anything is stored.
 */
public class Violations extends RuntimeException {
    private final List<Violation> errors;

    public Violations(String detail, List<Violation> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Violation> errors() {
        return errors;
    }

    /** One violation; {@code line} is the 1-based line of an uploaded file, or null when the input has no lines. */
    public record Violation(Integer line, String field, String reason) {
    }
}
