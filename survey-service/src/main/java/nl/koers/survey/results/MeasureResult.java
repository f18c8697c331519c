package nl.koers.survey.results;

import java.util.LinkedHashMap;
import java.util.Map;

/** One measure (a question or a scale) for the school and per class, after suppression. */
public record MeasureResult(String measure, Summary school, Map<String, Summary> classes) {

    /** Applies the suppression rules to the tallies of one measure; the school total is the sum of its classes. */
    public static MeasureResult of(String measure, Map<String, Tally> perClass, MinimumGroupSize k) {
        Map<String, Integer> n = new LinkedHashMap<>();
        perClass.forEach((group, tally) -> n.put(group, tally.n()));
        Suppression.Decision decision = Suppression.decide(n, k);
        Tally total = perClass.values().stream().reduce(Tally.EMPTY, Tally::plus);
        Map<String, Summary> classes = new java.util.TreeMap<>();
        perClass.forEach((group, tally) ->
                classes.put(group, decision.hides(group) ? Summary.SUPPRESSED : Summary.of(tally)));
        return new MeasureResult(measure, decision.totalHidden() ? Summary.SUPPRESSED : Summary.of(total), classes);
    }
}
