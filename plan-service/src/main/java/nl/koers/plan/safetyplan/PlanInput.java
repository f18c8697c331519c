package nl.koers.plan.safetyplan;

import java.util.List;
import java.util.regex.Pattern;
import nl.koers.platform.error.InvalidInput;

/** Shape checks shared by the plan's command handlers: required fields and lengths, answered 400 naming the field. */
final class PlanInput {
    /** A topic text is a policy paragraph, not a document (documents go to the archive). */
    static final int MAX_TEXT = 20_000;
    static final int MAX_TITLE = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PlanInput() {
    }

    static <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        return value;
    }

    static String text(String field, String value) {
        return atMost(field, value, MAX_TEXT);
    }

    static String title(String field, String value) {
        return atMost(field, required(field, value), MAX_TITLE);
    }

    static String atMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(field, "at most " + max + " characters");
        }
        return value;
    }

    static String email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
            throw new InvalidInput(field, "is not an e-mail address");
        }
        return atMost(field, value, MAX_TITLE);
    }

    static String link(String field, String value) {
        if (value != null && !value.isBlank() && !value.matches("https?://\\S+")) {
            throw new InvalidInput(field, "must be an http(s) link");
        }
        return atMost(field, value, 2_000);
    }

    static <T> List<T> items(String field, List<T> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new InvalidInput(field, "at most " + max + " items");
        }
        return values;
    }
}
