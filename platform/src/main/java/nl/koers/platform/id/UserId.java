package nl.koers.platform.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.koers.platform.error.InvalidInput;

/** A person with an account: the identity provider's subject ({@code sub}), never a name. */
public record UserId(@JsonValue String value) {
    @JsonCreator
    public UserId {
        if (value == null || value.isBlank() || value.length() > 255) {
            throw new InvalidInput("userId", "must be an identity provider subject");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
