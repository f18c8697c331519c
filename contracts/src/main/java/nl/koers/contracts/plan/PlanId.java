package nl.koers.contracts.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

/** One safety plan: one school, one school year. */
public record PlanId(@JsonValue UUID value) {
    @JsonCreator
    public PlanId {
        if (value == null) {
            throw new InvalidInput("planId", "is required");
        }
    }

    public static PlanId generate() {
        return new PlanId(UUID.randomUUID());
    }

    public static PlanId parse(String text) {
        try {
            return new PlanId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("planId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
