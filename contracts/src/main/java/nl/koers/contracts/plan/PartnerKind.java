package nl.koers.contracts.plan;

/** The partners of the Gesprekskaart: politie, jeugdhulp, jongerenwerk, buurtteam, GGD, leerplicht, anders. */
public enum PartnerKind {
    POLICE, YOUTH_CARE, YOUTH_WORK, NEIGHBOURHOOD_TEAM, GGD, LEERPLICHT, OTHER
}
