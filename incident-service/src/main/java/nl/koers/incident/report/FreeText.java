package nl.koers.incident.report;

import java.util.Collection;
import java.util.regex.Pattern;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;

/** Checks for free text written by staff. */
public final class FreeText {
    public static final int MAX = 10_000;

    private FreeText() {
    }

    public static String required(String text, String field, String hint) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, hint);
        }
        return optional(text, field);
    }

    public static String optional(String text, String field) {
        if (text != null && text.length() > MAX) {
            throw new InvalidInput(field, "at most " + MAX + " characters");
        }
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * Names belong in the person's own part, sealed under that person's key; in the incident's free text they would
     * survive that person's erasure (ADR 0020).
     */
    public static void freeOfNames(String text, Collection<String> names, String field) {
        if (text == null) {
            return;
        }
        for (String name : names) {
            // Whole words only: a pupil called "Jo" must not block every "jongen" in a description.
            if (name != null && name.strip().length() >= 2 && Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE).matcher(text).find()) {
                throw new RuleViolation(field, "do not write the name of an involved person here; refer to them by "
                        + "their role (the name is kept in their own entry, so that it can be erased with them)");
            }
        }
    }
}
