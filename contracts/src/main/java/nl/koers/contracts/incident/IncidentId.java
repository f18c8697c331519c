package nl.koers.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

public record IncidentId(@JsonValue UUID value) {
    @JsonCreator
    public IncidentId {
        if (value == null) {
            throw new InvalidInput("incidentId", "is required");
        }
    }

    public static IncidentId generate() {
        return new IncidentId(UUID.randomUUID());
    }

    public static IncidentId parse(String text) {
        try {
            return new IncidentId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("incidentId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
