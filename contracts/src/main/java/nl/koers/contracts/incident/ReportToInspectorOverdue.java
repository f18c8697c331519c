package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** The deadline of a required report to the vertrouwensinspecteur passed without the report being recorded. */
@KoersEvent(context = "incident", name = "ReportToInspectorOverdue")
public record ReportToInspectorOverdue(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant deadline,
                                       Instant detectedAt) implements IncidentEvent {
}
