package nl.koers.contracts.incident;

/** The five steps of the Meldcode huiselijk geweld en kindermishandeling, in their order. */
public enum MeldcodeStep {
    /** 1. Signalen in kaart brengen. */
    MAP_SIGNS,
    /** 2. Collegiale consultatie en zo nodig Veilig Thuis raadplegen. */
    CONSULT,
    /** 3. Gesprek met de leerling en de ouders. */
    TALK,
    /** 4. Wegen met het afwegingskader. */
    WEIGH,
    /** 5. Beslissen: hulp organiseren en/of melden bij Veilig Thuis. */
    DECIDE
}
