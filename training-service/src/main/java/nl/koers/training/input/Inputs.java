package nl.koers.training.input;

import nl.koers.platform.error.InvalidInput;

/** The input checks every training command shares: present, not blank, not too long. */
public final class Inputs {
    private Inputs() {
    }

    public static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
    }

    public static void check(String value, String field, int max) {
        require(value, field);
        if (value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        if (value.strip().length() > max) {
            throw new InvalidInput(field, "at most " + max + " characters");
        }
    }
}
