package nl.koers.incident.transfer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send a pupil's chronology (their own role in each incident, and their note) to another school of the board. */
public record TransferChronology(@TargetAggregateIdentifier UUID transferId, BoardId boardId, SchoolId fromSchool,
                                 SchoolId toSchool, PersonId personId, String reference, List<Entry> entries,
                                 UserId by) {
    /** One incident as the pupil was involved in it; {@code note} is the plain text, sealed by the aggregate. */
    public record Entry(IncidentId incidentId, Instant occurredAt, Category category, Severity severity,
                        InvolvedRole role, String note) {
    }
}
