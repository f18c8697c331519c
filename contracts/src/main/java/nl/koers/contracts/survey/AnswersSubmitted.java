package nl.koers.contracts.survey;

import java.util.List;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.SealedText;

/**
 * One anonymous pupil's answers. {@code responseId} is random and unrelated to the access code; the event carries no
 * code, no address, no device data and no submission time of its own. Open text may name people, so it travels
 * sealed under the response's own key ({@code survey/response/<responseId>}) and can be erased on its own.
 */
@KoersEvent(context = "survey", name = "AnswersSubmitted")
public record AnswersSubmitted(RoundId roundId, BoardId board, SchoolId school, UUID responseId, String classLabel,
                               int yearGroup, List<ItemAnswer> answers, List<OpenAnswer> openAnswers)
        implements SurveyEvent {

    public AnswersSubmitted {
        answers = List.copyOf(answers);
        openAnswers = List.copyOf(openAnswers);
    }

    /** A closed question's answer: the option's value (Likert 1-5, yes 1 / no 0, frequency 1-5). */
    public record ItemAnswer(String questionId, int value) {
    }

    /** An open question's answer, sealed. */
    public record OpenAnswer(String questionId, SealedText text) {
    }
}
