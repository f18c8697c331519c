package nl.koers.survey.round;

import java.util.UUID;
import nl.koers.contracts.survey.RoundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A batch of access codes for one class; the codes themselves never enter the aggregate or its events. */
public record IssueCodes(@TargetAggregateIdentifier RoundId roundId, UUID batchId, String classLabel, int yearGroup,
                         int count) {
}
