package nl.koers.contracts.survey;

import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * The events of the survey context, published on {@code koers.survey.events}. None of them identifies a pupil:
 * access codes never travel in clear, answers carry no code, address or device data.
 */
public sealed interface SurveyEvent permits RoundOpened, CodesIssued, AnswersSubmitted, RoundClosed,
        MonitorResultsPublished, DeliveryConsentRecorded, DeliveredToInspectie, InspectieDeliveryReminderDue {
    BoardId board();

    SchoolId school();
}
