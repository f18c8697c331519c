package nl.koers.survey.round;

import java.time.Instant;
import java.util.Set;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordinator opens a round; {@code instrumentAudiences} are the audiences the chosen instrument version serves. */
public record OpenRound(@TargetAggregateIdentifier RoundId roundId, BoardId board, SchoolId school,
                        String instrumentId, int instrumentVersion, Set<Audience> instrumentAudiences,
                        Audience audience, Instant opensAt, Instant closesAt, UserId openedBy) {
}
