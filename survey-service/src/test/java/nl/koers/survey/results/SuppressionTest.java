package nl.koers.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    static final MinimumGroupSize K = new MinimumGroupSize(10);

    static Tally answers(int n, int value) {
        return new Tally(n, (double) n * value, value >= 4 ? n : 0, Map.of(value, n));
    }

    @Test
    void a_class_with_9_respondents_shows_nothing_and_one_with_10_shows_its_numbers() {
        MeasureResult nine = MeasureResult.of("veilig-school",
                Map.of("7a", answers(9, 2), "7b", answers(25, 4), "7c", answers(25, 5)), K);
        assertThat(nine.classes().get("7a")).isEqualTo(Summary.SUPPRESSED);
        assertThat(nine.classes().get("7a").n()).isNull();
        assertThat(nine.classes().get("7a").mean()).isNull();
        assertThat(nine.classes().get("7a").distribution()).isNull();

        MeasureResult ten = MeasureResult.of("veilig-school",
                Map.of("7a", answers(10, 2), "7b", answers(25, 4), "7c", answers(25, 5)), K);
        assertThat(ten.classes().values()).noneMatch(Summary::suppressed);
        assertThat(ten.classes().get("7a").n()).isEqualTo(10);
        assertThat(ten.classes().get("7a").mean()).isEqualTo(2.0);
    }

    @Test
    void a_difference_attack_school_minus_the_other_classes_cannot_reveal_a_suppressed_class() {
        Map<String, Tally> classes = new LinkedHashMap<>();
        classes.put("7a", answers(9, 1));   // suppressed: everyone in 7a answered 1
        classes.put("7b", answers(10, 4));
        classes.put("7c", answers(12, 5));
        MeasureResult result = MeasureResult.of("veilig-school", classes, K);
        // The smallest visible class is hidden too: school minus what is visible now mixes 7a with 7b (19 pupils).
        assertThat(result.classes().get("7b").suppressed()).isTrue();
        assertThat(result.classes().get("7c").suppressed()).isFalse();
        Summary school = result.school();
        Summary visible = result.classes().get("7c");
        int hiddenN = school.n() - visible.n();
        assertThat(hiddenN).isGreaterThanOrEqualTo(K.value());
        double hiddenSum = school.mean() * school.n() - visible.mean() * visible.n();
        assertThat(hiddenSum / hiddenN).as("the mean of the hidden classes together is not 7a's mean of 1")
                .isNotEqualTo(1.0);
    }

    @Test
    void whatever_the_class_sizes_the_hidden_classes_together_are_none_or_at_least_k() {
        Random random = new Random(42);
        for (int run = 0; run < 10_000; run++) {
            Map<String, Integer> n = new LinkedHashMap<>();
            int classes = 1 + random.nextInt(6);
            for (int c = 0; c < classes; c++) {
                n.put("klas-" + c, random.nextInt(25));
            }
            Suppression.Decision decision = Suppression.decide(n, K);
            int hidden = decision.hiddenGroups().stream().mapToInt(n::get).sum();
            int total = n.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(hidden == 0 || hidden >= K.value() || (decision.totalHidden() && hidden == total))
                    .as("sizes %s hidden %s", n, decision.hiddenGroups()).isTrue();
            n.forEach((group, size) -> {
                if (size < K.value()) {
                    assertThat(decision.hides(group)).isTrue();
                }
            });
            assertThat(decision.totalHidden()).isEqualTo(total < K.value());
        }
    }

    @Test
    void a_school_below_the_minimum_shows_nothing_at_all() {
        MeasureResult result = MeasureResult.of("veilig-school", Map.of("7a", answers(5, 3), "7b", answers(4, 3)), K);
        assertThat(result.school()).isEqualTo(Summary.SUPPRESSED);
        assertThat(result.classes().values()).allMatch(Summary::suppressed);
    }

    @Test
    void the_minimum_group_size_is_never_below_5() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MinimumGroupSize(4))
                .isInstanceOf(nl.koers.platform.error.RuleViolation.class);
        assertThat(new MinimumGroupSize(5).value()).isEqualTo(5);
    }

    @Test
    void n_mean_percent_positive_and_distribution_are_computed_from_the_counts() {
        Tally tally = answers(10, 4).plus(answers(5, 2)).plus(answers(5, 5));
        Summary summary = Summary.of(tally);
        assertThat(summary.n()).isEqualTo(20);
        assertThat(summary.mean()).isEqualTo(3.75);
        assertThat(summary.percentPositive()).isEqualTo(75.0);
        assertThat(summary.distribution()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(2, 5, 4, 10, 5, 5)));
    }
}
