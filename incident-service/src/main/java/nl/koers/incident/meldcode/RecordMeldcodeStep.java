package nl.koers.incident.meldcode;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Steps 1-4 of the Meldcode with their decision. */
public record RecordMeldcodeStep(@TargetAggregateIdentifier IncidentId incidentId, MeldcodeStep step, String decision,
                                 UserId by) {
}
