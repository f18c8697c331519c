package nl.koers.survey.results;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of one measure must show nothing. Primary: every class with fewer than k respondents. Complementary:
 * the school total is shown next to the classes, so "school minus the visible classes" reveals the hidden classes
 * taken together; if those together are fewer than k, the smallest visible classes are hidden too until the hidden
 * ones together reach k (or nothing visible is left). The school itself is hidden below k. (ADR 0032)
 */
public final class Suppression {
    private Suppression() {
    }

    public record Decision(Set<String> hiddenGroups, boolean totalHidden) {
        public boolean hides(String group) {
            return hiddenGroups.contains(group);
        }
    }

    public static Decision decide(Map<String, Integer> nPerGroup, MinimumGroupSize k) {
        Set<String> hidden = new HashSet<>();
        int hiddenN = 0;
        int total = 0;
        for (Map.Entry<String, Integer> group : nPerGroup.entrySet()) {
            total += group.getValue();
            if (group.getValue() < k.value()) {
                hidden.add(group.getKey());
                hiddenN += group.getValue();
            }
        }
        List<Map.Entry<String, Integer>> visible = nPerGroup.entrySet().stream()
                .filter(group -> !hidden.contains(group.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        for (int i = 0; hiddenN > 0 && hiddenN < k.value() && i < visible.size(); i++) {
            hidden.add(visible.get(i).getKey());
            hiddenN += visible.get(i).getValue();
        }
        return new Decision(Set.copyOf(hidden), total < k.value());
    }
}
