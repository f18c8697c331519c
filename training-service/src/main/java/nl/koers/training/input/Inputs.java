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

    /** Hours as people write them: {@code 3}, {@code 2.5}, never {@code 3.00} or {@code 3E+1}. */
    public static java.math.BigDecimal hours(java.math.BigDecimal hours) {
        java.math.BigDecimal plain = hours.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
