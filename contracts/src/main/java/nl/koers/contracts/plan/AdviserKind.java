package nl.koers.contracts.plan;

/** A confidential adviser (vertrouwenspersoon) is someone of the school's own staff or an external one. */
public enum AdviserKind {
    INTERNAL, EXTERNAL
}
