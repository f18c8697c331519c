package nl.koers.contracts.plan;

/** An action point's state; "overdue" is not a state but derived from the due date of an open one. */
public enum ActionPointStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
