package nl.koers.platform.error;

/**
 * Something that does not exist, or that exists outside the caller's board. Both answer 404 with the same text so
 * that a user of one board cannot learn which records another board has.
 */
public class NotFound extends RuntimeException {
    private final String field;

    public NotFound(String field, String what) {
        super(what + " not found");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
