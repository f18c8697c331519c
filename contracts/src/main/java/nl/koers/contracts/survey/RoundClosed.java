package nl.koers.contracts.survey;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * A round closed, early by a coordinator or at the end of its window; final. With the delivery to the Inspectie in
 * the same school year this meets the monitoring duty. {@code respondents} is the number of accepted responses.
 */
@KoersEvent(context = "survey", name = "RoundClosed")
public record RoundClosed(RoundId roundId, BoardId board, SchoolId school, String schoolYear, Instant closedAt,
                          boolean early, int respondents) implements SurveyEvent {
}
