package nl.koers.contracts.plan;

/** Whether a duty is required by law today, recommended, or part of a coming law. */
public enum DutyKind {
    WETTELIJK, AANBEVOLEN, KOMEND
}
