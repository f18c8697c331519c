package nl.koers.contracts.incident;

/** The role of one person in one incident; it belongs to that person only and never spreads to the others. */
public enum InvolvedRole {
    VICTIM, PERPETRATOR, WITNESS, OTHER
}
