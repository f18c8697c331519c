package nl.koers.incident.meldcode;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Skip the next step of the Meldcode, only with a reason. */
public record SkipMeldcodeStep(@TargetAggregateIdentifier IncidentId incidentId, MeldcodeStep step, String reason,
                               UserId by) {
}
