package nl.koers.platform.events;

/** A record on a topic that is not a readable Koers event: it goes to a dead-letter table, never silently skipped. */
public class UnreadableEvent extends RuntimeException {
    public UnreadableEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
