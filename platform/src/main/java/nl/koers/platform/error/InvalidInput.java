package nl.koers.platform.error;

/** Input that is malformed or incomplete: answered with 400 naming the field. Thrown before anything is stored. */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
