package nl.koers.contracts.survey;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** The school consented to deliver the round's summary to the Inspectie (required by law before any delivery). */
@KoersEvent(context = "survey", name = "DeliveryConsentRecorded")
public record DeliveryConsentRecorded(RoundId roundId, BoardId board, SchoolId school, String schoolYear,
                                      Instant recordedAt, UserId actor) implements SurveyEvent {
}
