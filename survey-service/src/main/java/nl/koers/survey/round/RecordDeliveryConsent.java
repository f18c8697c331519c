package nl.koers.survey.round;

import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDeliveryConsent(@TargetAggregateIdentifier RoundId roundId, UserId actor) {
}
