package nl.koers.contracts.incident;

import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** The events of the incident context, published on {@code koers.incident.events}. */
public sealed interface IncidentEvent permits IncidentReported {
    IncidentId incidentId();

    BoardId boardId();

    SchoolId schoolId();
}
