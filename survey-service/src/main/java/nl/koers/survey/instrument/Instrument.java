package nl.koers.survey.instrument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.Scale;
import nl.koers.platform.error.Violations;
import nl.koers.platform.error.Violations.Violation;

/**
 * A version of a question set. Once published it never changes (a change is a new version), so rounds, answers and
 * results of a version always mean the same thing. {@code allowPartial}: a pupil may skip questions not marked
 * required.
 */
public record Instrument(String id, int version, String title, Set<Audience> audiences, boolean allowPartial,
                         List<Question> questions) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    /** Markup or script in a pupil's text is refused, not stored: nothing downstream ever has to defuse it. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]|javascript:|on[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    public Instrument {
        audiences = audiences == null ? Set.of()
                : Set.copyOf(audiences.stream().filter(java.util.Objects::nonNull).toList());
        questions = questions == null ? List.of()
                : List.copyOf(questions.stream().filter(java.util.Objects::nonNull).toList());
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public List<Scale> scales() {
        return questions.stream().map(Question::scale).filter(s -> s != null).distinct().toList();
    }

    /** Checks a definition before it is published: every problem at once, so an author can fix them in one go. */
    public List<Violation> definitionProblems() {
        List<Violation> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new Violation(null, "id", "lower-case letters, digits and '-', 2 to 63 characters"));
        }
        if (version < 1) {
            problems.add(new Violation(null, "version", "starts at 1"));
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(new Violation(null, "title", "is required, at most 200 characters"));
        }
        if (audiences.isEmpty()) {
            problems.add(new Violation(null, "audiences", "name at least one audience"));
        }
        if (questions.isEmpty() || questions.size() > 100) {
            problems.add(new Violation(null, "questions", "1 to 100 questions"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String field = "questions[" + i + "]";
            if (q.id() == null || !ID.matcher(q.id()).matches() || !seen.add(q.id())) {
                problems.add(new Violation(null, field + ".id", "a unique id: lower-case letters, digits and '-'"));
            }
            if (q.text() == null || q.text().isBlank() || q.text().length() > 500) {
                problems.add(new Violation(null, field + ".text", "is required, at most 500 characters"));
            }
            if (q.type() == null) {
                problems.add(new Violation(null, field + ".type", "LIKERT, YES_NO, FREQUENCY or OPEN_TEXT"));
            } else if (q.type().isOpen() && q.scale() != null) {
                problems.add(new Violation(null, field + ".scale", "an open question belongs to no scale"));
            }
        }
        return problems;
    }

    /**
     * Checks a pupil's answers against this version. Messages are written for the pupil; every problem is listed,
     * naming the question.
     */
    public CheckedAnswers check(List<GivenAnswer> given) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> answered = new HashSet<>();
        for (GivenAnswer answer : given) {
            String field = "answers." + answer.questionId();
            Optional<Question> question = question(answer.questionId());
            if (question.isEmpty()) {
                problems.add(new Violation(null, field, "Deze vraag hoort niet bij deze vragenlijst."));
                continue;
            }
            QuestionType type = question.get().type();
            if (answer.wrongType() || (type.isOpen() ? answer.text() == null : answer.number() == null)) {
                problems.add(new Violation(null, field, type.hint()));
            } else if (type.isOpen()) {
                checkText(answer.text(), field, problems).ifPresent(text -> texts.put(answer.questionId(), text));
            } else if (!type.accepts(answer.number())) {
                problems.add(new Violation(null, field, type.hint()));
            } else {
                values.put(answer.questionId(), answer.number());
            }
            answered.add(answer.questionId());
        }
        for (Question q : questions) {
            if (!answered.contains(q.id()) && (q.required() || !allowPartial)) {
                problems.add(new Violation(null, "answers." + q.id(), "Je hebt deze vraag nog niet beantwoord."));
            }
        }
        if (!problems.isEmpty()) {
            throw new Violations("Niet alle antwoorden zijn goed ingevuld. Kijk de vragen hieronder nog eens na.",
                    problems);
        }
        return new CheckedAnswers(values, texts);
    }

    private static Optional<String> checkText(String text, String field, List<Violation> problems) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty(); // an empty open answer is no answer
        }
        if (trimmed.length() > QuestionType.MAX_OPEN_TEXT) {
            problems.add(new Violation(null, field, "Je antwoord is te lang. Gebruik hoogstens "
                    + QuestionType.MAX_OPEN_TEXT + " tekens."));
        } else if (MARKUP.matcher(trimmed).find() || CONTROL.matcher(trimmed).find()) {
            problems.add(new Violation(null, field, "Schrijf je antwoord gewoon in woorden, zonder codes of tekens als < en >."));
        } else {
            return Optional.of(trimmed);
        }
        return Optional.empty();
    }

    /** A respondent's score per scale: the mean of the answered questions of the scale, recoded so 5 is favourable. */
    public Map<Scale, Double> scaleScores(Map<String, Integer> values) {
        Map<Scale, double[]> sums = new EnumMap<>(Scale.class);
        values.forEach((questionId, value) -> question(questionId).filter(q -> q.scale() != null).ifPresent(q -> {
            double[] sum = sums.computeIfAbsent(q.scale(), s -> new double[2]);
            sum[0] += q.favourable(value);
            sum[1]++;
        }));
        Map<Scale, Double> scores = new EnumMap<>(Scale.class);
        sums.forEach((scale, sum) -> scores.put(scale, sum[0] / sum[1]));
        return scores;
    }

    /** Questions by id, for the results. */
    public Map<String, Question> byId() {
        Map<String, Question> map = new HashMap<>();
        questions.forEach(q -> map.put(q.id(), q));
        return map;
    }
}
