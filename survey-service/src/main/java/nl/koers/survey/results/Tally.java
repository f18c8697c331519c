package nl.koers.survey.results;

import java.util.HashMap;
import java.util.Map;

/** Counts of one measure in one group, added up from the stored responses. */
public record Tally(int n, double sum, int positive, Map<Integer, Integer> distribution) {
    public static final Tally EMPTY = new Tally(0, 0, 0, Map.of());

    public Tally plus(Tally other) {
        Map<Integer, Integer> merged = new HashMap<>(distribution);
        other.distribution.forEach((value, count) -> merged.merge(value, count, Integer::sum));
        return new Tally(n + other.n, sum + other.sum, positive + other.positive, Map.copyOf(merged));
    }
}
