package nl.koers.survey.instrument;

/** What a pupil sent for one question, before it is checked: a number, a text, or something of the wrong type. */
public record GivenAnswer(String questionId, Integer number, String text, boolean wrongType) {
    public static GivenAnswer number(String questionId, int value) {
        return new GivenAnswer(questionId, value, null, false);
    }

    public static GivenAnswer text(String questionId, String text) {
        return new GivenAnswer(questionId, null, text, false);
    }

    public static GivenAnswer wrongType(String questionId) {
        return new GivenAnswer(questionId, null, null, true);
    }
}
