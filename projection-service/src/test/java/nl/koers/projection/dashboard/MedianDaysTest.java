package nl.koers.projection.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The median days to close, read from the histogram of tenths of a day, as SQL's percentile_cont(0.5) would. */
class MedianDaysTest {
    @Test
    void an_odd_count_gives_the_middle_value() {
        assertThat(Dashboards.medianDays(List.of(new long[] {5, 1}, new long[] {12, 1}, new long[] {40, 1})))
                .isEqualTo(1.2);
    }

    @Test
    void an_even_count_gives_the_mean_of_the_two_middle_values() {
        // values 5, 12, 13, 40: middle 12 and 13 -> 12.5 tenths -> 1.3 days (half up)
        assertThat(Dashboards.medianDays(List.of(new long[] {5, 1}, new long[] {12, 1}, new long[] {13, 1},
                new long[] {40, 1}))).isEqualTo(1.3);
    }

    @Test
    void a_bucket_holding_both_middle_values_gives_that_value() {
        assertThat(Dashboards.medianDays(List.of(new long[] {3, 1}, new long[] {20, 4}, new long[] {90, 1})))
                .isEqualTo(2.0);
    }

    @Test
    void no_closed_incidents_give_no_median() {
        assertThat(Dashboards.medianDays(List.of())).isNull();
    }
}
