package nl.koers.contracts.tenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;

/**
 * A person's account as the tenant context knows it, from the moment it is invited (before Keycloak has the user).
 * Keycloak keeps it as the user attribute {@code koers_account_id}; the token's {@code sub} is Keycloak's own id.
 */
public record AccountId(@JsonValue UUID value) {
    @JsonCreator
    public AccountId {
        if (value == null) {
            throw new InvalidInput("userId", "is required");
        }
    }

    public static AccountId generate() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId parse(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("userId", "is not a valid user id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
