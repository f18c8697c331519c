package nl.koers.contracts.survey;

/**
 * Who answers a round: pupils of primary grades 5-8 (groep 5-8), secondary pupils, pupils of special education
 * (SO/VSO, simpler language), and - as the coming law asks - staff and parents.
 */
public enum Audience {
    PUPILS_PRIMARY, PUPILS_SECONDARY, PUPILS_SPECIAL, STAFF, PARENTS
}
