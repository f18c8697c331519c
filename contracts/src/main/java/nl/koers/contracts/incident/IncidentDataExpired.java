package nl.koers.contracts.incident;

import java.time.Instant;
import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * The retention period of a closed incident ended: every key of its personal data (description, evaluation, each
 * person's part) was deleted. Category, dates and counts remain for the statistics.
 */
@KoersEvent(context = "incident", name = "IncidentDataExpired")
public record IncidentDataExpired(IncidentId incidentId, BoardId boardId, SchoolId schoolId, List<String> subjects,
                                  int retentionMonths, Instant expiredAt) implements IncidentEvent {
    public IncidentDataExpired {
        subjects = List.copyOf(subjects);
    }
}
