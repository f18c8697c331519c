package nl.koers.contracts.incident;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** The report to the vertrouwensinspecteur was made ({@code reportedAt}); this clears the duty-to-report flag. */
@KoersEvent(context = "incident", name = "ReportToInspectorRecorded")
public record ReportToInspectorRecorded(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant reportedAt,
                                        boolean late, UserId recordedBy, Instant recordedAt) implements IncidentEvent {
}
