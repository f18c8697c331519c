package nl.koers.incident.confidential;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Every read of a confidential incident is itself recorded. */
public record RecordConfidentialRead(@TargetAggregateIdentifier IncidentId incidentId, UserId reader,
                                     boolean contentShown, String via) {
}
