package nl.koers.platform.error;

/** The caller's role or school scope does not cover this action (within its own board): 403. */
public class Forbidden extends RuntimeException {
    public Forbidden(String reason) {
        super(reason);
    }
}
