package nl.koers.incident.report;

/** Reported → in follow-up (a handler assigned) → closed; a closed incident may be reopened (back in follow-up). */
public enum IncidentStatus {
    REPORTED, IN_FOLLOW_UP, CLOSED
}
