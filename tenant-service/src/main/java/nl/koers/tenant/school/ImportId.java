package nl.koers.tenant.school;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.NotFound;

public record ImportId(@JsonValue UUID value) {
    @JsonCreator
    public ImportId {
        if (value == null) {
            throw new IllegalArgumentException("an import id is required");
        }
    }

    public static ImportId generate() {
        return new ImportId(UUID.randomUUID());
    }

    /** A malformed id names no import: 404, like an import of another board. */
    public static ImportId parse(String text) {
        try {
            return new ImportId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new NotFound("importId", "import " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
