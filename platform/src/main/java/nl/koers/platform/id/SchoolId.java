package nl.koers.platform.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import nl.koers.platform.error.InvalidInput;

/** A school location: BRIN (2 digits + 2 letters) plus a 2-digit location number, e.g. {@code 12AB00}. */
public record SchoolId(@JsonValue String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d{2}[A-Z]{2}\\d{2}");

    @JsonCreator
    public SchoolId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("schoolId", "must be a BRIN with location number, e.g. 12AB00");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
