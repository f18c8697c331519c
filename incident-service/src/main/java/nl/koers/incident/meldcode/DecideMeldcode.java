package nl.koers.incident.meldcode;

import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.MeldcodeOutcome;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Step 5: help and/or a report to Veilig Thuis; requires the weighing of step 4. */
public record DecideMeldcode(@TargetAggregateIdentifier IncidentId incidentId, MeldcodeOutcome outcome,
                             String reasoning, UserId by) {
}
