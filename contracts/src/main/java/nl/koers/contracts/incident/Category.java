package nl.koers.contracts.incident;

/** What kind of incident (categorie); deliberately one short list, so untrained staff pick consistently. */
public enum Category {
    BULLYING, CYBERBULLYING, PHYSICAL_VIOLENCE, VERBAL_VIOLENCE, SEXUAL_HARASSMENT, SEXUAL_ABUSE, DISCRIMINATION,
    RADICALISATION, SEXTING, WEAPONS, DRUGS_ALCOHOL, THEFT_VANDALISM, OTHER
}
