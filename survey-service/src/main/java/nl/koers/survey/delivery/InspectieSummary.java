package nl.koers.survey.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.survey.Scale;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.Question;
import nl.koers.survey.results.MeasureResult;
import nl.koers.survey.results.RoundResults;
import nl.koers.survey.results.Summary;

/**
 * What the Inspectie receives: school averages per aspect (perceived safety, well-being, victimisation) and the
 * percentage per answer option of the bullying questions. Taken from the same {@link RoundResults} as the school's
 * own results, so the numbers are the same and what is suppressed there is suppressed here. No class level.
 */
public record InspectieSummary(String schoolId, String schoolYear, String roundId, int minimumGroupSize,
                               List<Aspect> aspects, List<BullyingQuestion> bullying) {
    static final List<Scale> ASPECTS = List.of(Scale.PERCEIVED_SAFETY, Scale.WELL_BEING, Scale.VICTIMISATION);

    public record Aspect(Scale aspect, boolean suppressed, Integer n, Double mean, Double percentPositive) {
    }

    /** {@code percentPerOption}: option label to % of the respondents who answered the question. */
    public record BullyingQuestion(String questionId, String text, boolean suppressed, Integer n,
                                   Map<String, Double> percentPerOption) {
    }

    public static InspectieSummary of(String schoolId, String schoolYear, String roundId, Instrument instrument,
                                      RoundResults results) {
        List<Aspect> aspects = new ArrayList<>();
        for (Scale scale : ASPECTS) {
            MeasureResult measure = results.scales().get(scale);
            Summary school = measure == null ? Summary.SUPPRESSED : measure.school();
            aspects.add(hidden(school) ? new Aspect(scale, true, null, null, null)
                    : new Aspect(scale, false, school.n(), school.mean(), school.percentPositive()));
        }
        List<BullyingQuestion> bullying = new ArrayList<>();
        for (Question q : instrument.questions()) {
            if (q.scale() == Scale.BULLYING && !q.type().isOpen()) {
                bullying.add(bullyingQuestion(q, results.questions().get(q.id()).school()));
            }
        }
        return new InspectieSummary(schoolId, schoolYear, roundId, results.minimumGroupSize().value(), aspects,
                bullying);
    }

    private static BullyingQuestion bullyingQuestion(Question q, Summary school) {
        if (hidden(school)) {
            return new BullyingQuestion(q.id(), q.text(), true, null, null);
        }
        Map<String, Double> percent = new LinkedHashMap<>();
        q.type().options().forEach((value, label) -> percent.put(label,
                Math.round(10000.0 * school.distribution().getOrDefault(value, 0) / school.n()) / 100.0));
        return new BullyingQuestion(q.id(), q.text(), false, school.n(), percent);
    }

    /** No respondents at all is shown as suppressed too: there is nothing to report. */
    private static boolean hidden(Summary school) {
        return school.suppressed() || school.n() == 0;
    }
}
