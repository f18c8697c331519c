package nl.koers.survey.answer;

import java.util.List;
import java.util.UUID;
import nl.koers.survey.instrument.GivenAnswer;
import nl.koers.survey.instrument.Instrument;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One pupil's answers, after their access code was consumed in the same transaction. {@code responseId} is random:
 * nothing ties it to the code.
 */
public record SubmitAnswers(@TargetAggregateIdentifier UUID responseId, RoundWindow window, Instrument instrument,
                            String classLabel, int yearGroup, List<GivenAnswer> answers) {
}
