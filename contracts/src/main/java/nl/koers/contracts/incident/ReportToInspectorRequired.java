package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * "Melding vertrouwensinspecteur vereist": sexual abuse or harassment involving a staff member must be reported to the
 * vertrouwensinspecteur by {@code deadline}. Cleared only by {@link ReportToInspectorRecorded}.
 */
@KoersEvent(context = "incident", name = "ReportToInspectorRequired")
public record ReportToInspectorRequired(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Category category,
                                        Instant deadline) implements IncidentEvent {
}
