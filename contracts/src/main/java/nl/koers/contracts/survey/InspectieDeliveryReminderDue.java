package nl.koers.contracts.survey;

import java.time.LocalDate;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** On 1 June a school had not delivered its monitor to the Inspectie yet; the deadline is 1 July. */
@KoersEvent(context = "survey", name = "InspectieDeliveryReminderDue")
public record InspectieDeliveryReminderDue(BoardId board, SchoolId school, String schoolYear, LocalDate deadline)
        implements SurveyEvent {
}
