package nl.koers.platform.error;

/** The request would create something that already exists (e.g. a board onboarded twice): 409 naming the field. */
public class Conflict extends RuntimeException {
    private final String field;

    public Conflict(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
