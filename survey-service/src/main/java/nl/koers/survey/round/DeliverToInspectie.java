package nl.koers.survey.round;

import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code summarySha256} names the exact summary file that was delivered. */
public record DeliverToInspectie(@TargetAggregateIdentifier RoundId roundId, UserId actor, String summarySha256) {
}
