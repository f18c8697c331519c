package nl.koers.survey.results.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.koers.contracts.survey.MonitorResultsPublished.ScaleResult;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.Scale;
import nl.koers.survey.instrument.Question;
import nl.koers.survey.instrument.QuestionType;
import nl.koers.survey.results.Summary;
import nl.koers.survey.results.store.RoundResultsQuery.BoardAverage;

/**
 * Results of a closed round: per scale and per question, the school and each class; next to each scale the previous
 * round of the school and the board average. A suppressed group shows {@code suppressed: true} and no numbers.
 */
public record ResultsView(String roundId, String schoolId, String schoolYear, int minimumGroupSize, int respondents,
                          String previousRoundId, List<ScaleView> scales, List<QuestionView> questions) {

    public record ScaleView(Scale scale, Summary school, Map<String, Summary> classes, ScaleResult previousRound,
                            BoardAverage boardAverage) {
    }

    public record QuestionView(String questionId, String text, QuestionType type, Scale scale,
                               Map<Integer, String> options, Summary school, Map<String, Summary> classes) {
    }

    static ResultsView of(ResultsReading.ClosedRound closed, int respondents, Optional<RoundId> previous,
                          Map<Scale, ScaleResult> previousScales, Map<Scale, BoardAverage> board) {
        List<ScaleView> scales = new ArrayList<>();
        closed.results().scales().forEach((scale, result) -> scales.add(new ScaleView(scale, result.school(),
                result.classes(), previousScales.get(scale), board.get(scale))));
        List<QuestionView> questions = new ArrayList<>();
        closed.results().questions().forEach((id, result) -> {
            Question q = closed.instrument().question(id).orElseThrow();
            questions.add(new QuestionView(id, q.text(), q.type(), q.scale(), q.type().options(), result.school(),
                    result.classes()));
        });
        var round = closed.round();
        return new ResultsView(round.roundId().toString(), round.school().value(), round.schoolYear(),
                closed.results().minimumGroupSize().value(), respondents, previous.map(RoundId::toString).orElse(null),
                scales, questions);
    }
}
