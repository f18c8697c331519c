package nl.koers.contracts.incident;

/** What kind of person is involved; pupils are named by the school's pseudonymous reference, never an account. */
public enum PersonKind {
    PUPIL, STAFF, PARENT, EXTERNAL
}
