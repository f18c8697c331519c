package nl.koers.contracts.survey;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/**
 * The summary of a closed round went to the Inspectie (school averages per aspect, % per answer option of the
 * bullying questions; suppressed groups stay suppressed). {@code summarySha256} identifies the exact file delivered.
 */
@KoersEvent(context = "survey", name = "DeliveredToInspectie")
public record DeliveredToInspectie(RoundId roundId, BoardId board, SchoolId school, String schoolYear,
                                   Instant deliveredAt, UserId actor, String summarySha256) implements SurveyEvent {
}
