package nl.koers.survey.results;

import java.util.Map;
import java.util.TreeMap;

/**
 * n, mean, distribution and % positive of one measure for one group. A suppressed summary carries no numbers.
 * {@code distribution} counts per option value (questions) or per rounded score 1..5 (scales).
 */
public record Summary(boolean suppressed, Integer n, Double mean, Double percentPositive,
                      Map<Integer, Integer> distribution) {

    public static final Summary SUPPRESSED = new Summary(true, null, null, null, null);

    public static Summary of(Tally tally) {
        if (tally.n() == 0) {
            return new Summary(false, 0, null, null, Map.of());
        }
        return new Summary(false, tally.n(), round(tally.sum() / tally.n()),
                round(100.0 * tally.positive() / tally.n()), new TreeMap<>(tally.distribution()));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
