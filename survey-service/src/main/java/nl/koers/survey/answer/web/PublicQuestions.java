package nl.koers.survey.answer.web;

import java.time.Instant;
import java.util.List;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.Question;

/** What a pupil's phone shows: the questions and their options, nothing about the school or the class. */
record PublicQuestions(String title, boolean allowPartial, Instant closesAt, List<PublicQuestion> questions) {

    record PublicQuestion(String id, String text, String type, boolean required, List<Option> options) {
    }

    record Option(int value, String label) {
    }

    static PublicQuestions of(Instrument instrument, Instant closesAt) {
        return new PublicQuestions(instrument.title(), instrument.allowPartial(), closesAt,
                instrument.questions().stream().map(q -> question(q, instrument.allowPartial())).toList());
    }

    private static PublicQuestion question(Question q, boolean allowPartial) {
        List<Option> options = q.type().options().entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue())).toList();
        return new PublicQuestion(q.id(), q.text(), q.type().name(), q.required() || !allowPartial, options);
    }
}
