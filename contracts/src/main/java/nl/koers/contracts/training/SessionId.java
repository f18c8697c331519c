package nl.koers.contracts.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

/** One session of a course: a date, a time, a place and a number of places. */
public record SessionId(@JsonValue UUID value) {
    @JsonCreator
    public SessionId {
        if (value == null) {
            throw new InvalidInput("sessionId", "is required");
        }
    }

    public static SessionId generate() {
        return new SessionId(UUID.randomUUID());
    }

    public static SessionId parse(String text) {
        try {
            return new SessionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("sessionId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
