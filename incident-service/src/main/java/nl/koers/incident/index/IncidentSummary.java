package nl.koers.incident.index;

import java.time.Instant;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.incident.report.IncidentStatus;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** One incident as the lists know it: no free text, no names. */
public record IncidentSummary(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant occurredAt,
                              Instant recordedAt, Location location, Category category, Severity severity,
                              IncidentStatus status, boolean confidential, UserId reportedBy, UserId handler,
                              Instant closedAt, Instant reportDeadline, Instant reportRecordedAt, boolean meldcode,
                              Instant dataExpiredAt) {

    public boolean reportOverdue(Instant now) {
        return reportDeadline != null && reportRecordedAt == null && reportDeadline.isBefore(now);
    }
}
