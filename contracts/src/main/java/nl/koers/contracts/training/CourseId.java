package nl.koers.contracts.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

/** A course or event in the catalogue (a provider's, or one board's own). */
public record CourseId(@JsonValue UUID value) {
    @JsonCreator
    public CourseId {
        if (value == null) {
            throw new InvalidInput("courseId", "is required");
        }
    }

    public static CourseId generate() {
        return new CourseId(UUID.randomUUID());
    }

    public static CourseId parse(String text) {
        try {
            return new CourseId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("courseId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
