package nl.koers.incident.meldcode;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A concern about domestic violence or child abuse: follow the Meldcode (confidential by default). */
public record StartMeldcode(@TargetAggregateIdentifier IncidentId incidentId, UserId by) {
}
