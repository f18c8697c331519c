package nl.koers.survey.round;

import java.util.List;
import nl.koers.contracts.survey.MonitorResultsPublished.ScaleResult;
import nl.koers.contracts.survey.RoundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes a round (early by a coordinator, or by the clock at the end of the window) with the school results per
 * scale as they stand at that moment, already suppressed where the group is too small.
 */
public record CloseRound(@TargetAggregateIdentifier RoundId roundId, int respondents, List<ScaleResult> results) {
}
