package nl.koers.platform.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import nl.koers.platform.error.InvalidInput;

/** A school board (bevoegd gezag), identified by its 5-digit DUO bestuursnummer: stable, public and unique in NL. */
public record BoardId(@JsonValue String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d{5}");

    @JsonCreator
    public BoardId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("boardId", "must be a DUO bestuursnummer of 5 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
