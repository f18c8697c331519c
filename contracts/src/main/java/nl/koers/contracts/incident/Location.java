package nl.koers.contracts.incident;

/** Where an incident happened (plaats). */
public enum Location {
    CLASSROOM, CORRIDOR, PLAYGROUND, GYM, ONLINE, WAY_TO_SCHOOL, ELSEWHERE
}
