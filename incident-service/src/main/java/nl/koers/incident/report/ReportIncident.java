package nl.koers.incident.report;

import java.time.Instant;
import java.util.List;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff write down what happened, when, where and to whom; the reporter comes from the token, never the body. */
public record ReportIncident(@TargetAggregateIdentifier IncidentId incidentId, BoardId boardId, SchoolId schoolId,
                             Instant occurredAt, Location location, Category category, Severity severity,
                             String description, UserId reportedBy, List<NewPerson> involved, boolean confidential) {
    public ReportIncident {
        involved = involved == null ? List.of() : involved;
    }

    public ReportIncident(IncidentId incidentId, BoardId boardId, SchoolId schoolId, Instant occurredAt,
                          Location location, Category category, Severity severity, String description,
                          UserId reportedBy) {
        this(incidentId, boardId, schoolId, occurredAt, location, category, severity, description, reportedBy,
                List.of(), false);
    }
}
