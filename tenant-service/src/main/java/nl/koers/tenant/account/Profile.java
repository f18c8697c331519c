package nl.koers.tenant.account;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.koers.platform.error.InvalidInput;

/**
 * Who is invited, as typed by the board admin. Personal data: it is sealed before it enters an event and otherwise
 * lives only in Keycloak. User names are lower case, as Keycloak stores them.
 */
public record Profile(String username, String email, String firstName, String lastName) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    public static final int MAX_NAME = 100;

    public Profile {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        email = email == null ? "" : email.strip();
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "3-100 characters: letters, digits, '.', '_', '-', '@'");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "is not an e-mail address");
        }
        name("firstName", firstName);
        name("lastName", lastName);
    }

    private static void name(String field, String value) {
        if (value.isEmpty()) {
            throw new InvalidInput(field, "is required");
        }
        if (value.length() > MAX_NAME) {
            throw new InvalidInput(field, "at most " + MAX_NAME + " characters");
        }
    }
}
