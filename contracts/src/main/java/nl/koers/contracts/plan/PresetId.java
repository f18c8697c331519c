package nl.koers.contracts.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

/** A board preset (klaarzetten): one template of a board, with versions. */
public record PresetId(@JsonValue UUID value) {
    @JsonCreator
    public PresetId {
        if (value == null) {
            throw new InvalidInput("presetId", "is required");
        }
    }

    public static PresetId generate() {
        return new PresetId(UUID.randomUUID());
    }

    public static PresetId parse(String text) {
        try {
            return new PresetId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("presetId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
