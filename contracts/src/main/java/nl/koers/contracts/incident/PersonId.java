package nl.koers.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

/**
 * A person involved in incidents at one school: a random id that stands for the school's pseudonymous pupil reference
 * (which itself travels sealed). After erasure the id points at nothing: it is not personal data on its own.
 */
public record PersonId(@JsonValue UUID value) {
    @JsonCreator
    public PersonId {
        if (value == null) {
            throw new InvalidInput("personId", "is required");
        }
    }

    public static PersonId generate() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
