package nl.koers.contracts.incident;

/** The decision of step 5 of the Meldcode. */
public enum MeldcodeOutcome {
    ORGANISE_HELP, REPORT_TO_VEILIG_THUIS, ORGANISE_HELP_AND_REPORT
}
