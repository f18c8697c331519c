package nl.koers.contracts.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

/** A survey round (meetronde): one school, one instrument version, one audience, one window. */
public record RoundId(@JsonValue UUID value) {
    @JsonCreator
    public RoundId {
        if (value == null) {
            throw new InvalidInput("roundId", "is required");
        }
    }

    public static RoundId generate() {
        return new RoundId(UUID.randomUUID());
    }

    public static RoundId parse(String text) {
        try {
            return new RoundId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("roundId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
