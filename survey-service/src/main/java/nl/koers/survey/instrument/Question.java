package nl.koers.survey.instrument;

import nl.koers.contracts.survey.Scale;

/**
 * One question. {@code scale} is null for questions outside the scales (open questions). {@code reversed} marks a
 * question whose high answer is the unfavourable one ("Ik word gepest": ja is bad, "meerdere keren per week" is bad),
 * so that every scale score reads the same way: 5 is favourable.
 */
public record Question(String id, String text, QuestionType type, Scale scale, boolean reversed, boolean required) {

    /** The answer recoded to 1..5 with 5 favourable; yes/no becomes 5 or 1. */
    public double favourable(int value) {
        return switch (type) {
            case YES_NO -> (value == 1) != reversed ? 5 : 1;
            case LIKERT, FREQUENCY -> reversed ? 6 - value : value;
            case OPEN_TEXT -> throw new IllegalStateException("an open answer has no score");
        };
    }

    /** Counted in "% positive": the favourable side (4 or 5 after recoding; yes/no: the favourable answer). */
    public boolean positive(int value) {
        return favourable(value) >= 4;
    }
}
