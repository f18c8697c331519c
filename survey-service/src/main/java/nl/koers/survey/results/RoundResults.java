package nl.koers.survey.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.survey.MonitorResultsPublished.ScaleResult;
import nl.koers.contracts.survey.Scale;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.Question;

/**
 * The results of one round after suppression: per scale and per closed question, for the school and each class.
 * Everything that shows results (API, CSV, Inspectie summary, the published event) is built from this one object,
 * so their numbers cannot differ.
 */
public record RoundResults(MinimumGroupSize minimumGroupSize, Map<Scale, MeasureResult> scales,
                           Map<String, MeasureResult> questions) {
    /** A respondent's scale score (1..5, favourable high) of 3.5 or more counts as positive. */
    public static final double POSITIVE_SCALE_SCORE = 3.5;

    public static RoundResults of(Instrument instrument, Map<Scale, Map<String, Tally>> scaleTallies,
                                  Map<String, Map<String, Tally>> questionTallies, MinimumGroupSize k) {
        Map<Scale, MeasureResult> scales = new LinkedHashMap<>();
        for (Scale scale : instrument.scales()) {
            scales.put(scale, MeasureResult.of(scale.name(), scaleTallies.getOrDefault(scale, Map.of()), k));
        }
        Map<String, MeasureResult> questions = new LinkedHashMap<>();
        for (Question q : instrument.questions()) {
            if (!q.type().isOpen()) {
                questions.put(q.id(), MeasureResult.of(q.id(), questionTallies.getOrDefault(q.id(), Map.of()), k));
            }
        }
        return new RoundResults(k, scales, questions);
    }

    /** The school line per scale, as published on close; suppressed entries carry no numbers. */
    public List<ScaleResult> schoolScales() {
        List<ScaleResult> results = new ArrayList<>();
        scales.forEach((scale, result) -> {
            Summary school = result.school();
            results.add(school.suppressed() || school.n() == 0 ? ScaleResult.suppressed(scale)
                    : new ScaleResult(scale, school.n(), school.mean(), school.percentPositive(), false));
        });
        return results;
    }
}
