package nl.koers.platform.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.koers.platform.error.InvalidInput;

/** A school location: BRIN (2 digits + 2 letters) plus a 2-digit location number, e.g. {@code 12AB00}. */
public record SchoolId(@JsonValue String value) {
    @JsonCreator
    public SchoolId {
        if (!wellFormed(value)) {
            throw new InvalidInput("schoolId", "must be a BRIN with location number, e.g. 12AB00");
        }
    }

    /**
     * Two digits, two capitals, two digits ({@code \d{2}[A-Z]{2}\d{2}}), checked by hand: every event of a replay
     * carries a school id, and a regex per id was a visible part of decoding a million of them.
     */
    private static boolean wellFormed(String value) {
        if (value == null || value.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = value.charAt(i);
            if (i == 2 || i == 3 ? c < 'A' || c > 'Z' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
