package nl.koers.incident.privacy;

import nl.koers.contracts.incident.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The retention job: erase every key of a closed incident whose retention period ended. */
public record ExpireIncidentData(@TargetAggregateIdentifier IncidentId incidentId, int retentionMonths) {
}
