package nl.koers.incident.followup;

import nl.koers.contracts.incident.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The deadline job asks every incident whose report deadline passed to flag itself overdue. */
public record FlagOverdueReport(@TargetAggregateIdentifier IncidentId incidentId,
                                java.time.Instant deadlinePassedBefore) {
}
