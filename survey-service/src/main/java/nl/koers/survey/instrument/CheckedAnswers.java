package nl.koers.survey.instrument;

import java.util.Map;

/** Answers that passed the instrument's checks: option values of closed questions, texts of open ones. */
public record CheckedAnswers(Map<String, Integer> values, Map<String, String> texts) {
    public CheckedAnswers {
        values = Map.copyOf(values);
        texts = Map.copyOf(texts);
    }
}
