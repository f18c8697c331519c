package nl.koers.incident.report;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.PersonId;

/**
 * The data subjects (keys) of an incident (ADR 0020): the incident's own free text (description, outcomes,
 * evaluation, Meldcode decisions) and one key per involved person per incident, so that erasing one person or
 * expiring one incident never touches another person or another incident.
 */
public final class Subjects {
    private Subjects() {
    }

    public static String incidentText(IncidentId incident) {
        return "incident/" + incident + "/description";
    }

    public static String person(IncidentId incident, PersonId person) {
        return "incident/" + incident + "/person/" + person;
    }
}
