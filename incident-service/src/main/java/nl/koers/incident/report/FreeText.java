package nl.koers.incident.report;

import java.util.Collection;
import java.util.Locale;
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
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (name != null && name.strip().length() >= 2 && lower.contains(name.strip().toLowerCase(Locale.ROOT))) {
                throw new RuleViolation(field, "do not write the name of an involved person here; refer to them by "
                        + "their role (the name is kept in their own entry, so that it can be erased with them)");
            }
        }
    }
}
