package nl.koers.platform.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.koers.platform.error.InvalidInput;

/** A school board (bevoegd gezag), identified by its 5-digit DUO bestuursnummer: stable, public and unique in NL. */
public record BoardId(@JsonValue String value) {
    @JsonCreator
    public BoardId {
        if (!wellFormed(value)) {
            throw new InvalidInput("boardId", "must be a DUO bestuursnummer of 5 digits");
        }
    }

    /** Five digits ({@code \d{5}}), checked by hand: a regex per id was a visible part of decoding a replay. */
    private static boolean wellFormed(String value) {
        if (value == null || value.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
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
