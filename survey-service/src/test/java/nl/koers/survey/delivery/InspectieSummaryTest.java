package nl.koers.survey.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.koers.contracts.survey.Scale;
import nl.koers.survey.instrument.BuiltInInstrumentTest;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.results.MinimumGroupSize;
import nl.koers.survey.results.RoundResults;
import nl.koers.survey.results.Tally;
import org.junit.jupiter.api.Test;

class InspectieSummaryTest {
    static final Instrument INSTRUMENT = BuiltInInstrumentTest.load("koers-leerlingen");
    static final MinimumGroupSize K = new MinimumGroupSize(10);

    static Tally tally(int n, int value, boolean positive) {
        return new Tally(n, (double) n * value, positive ? n : 0, Map.of(value, n));
    }

    @Test
    void the_summary_shows_the_school_averages_per_aspect_and_percent_per_option_of_the_bullying_questions_as_in_the_results() {
        Map<Scale, Map<String, Tally>> scales = new HashMap<>();
        scales.put(Scale.PERCEIVED_SAFETY, Map.of("7a", tally(12, 4, true), "7b", tally(11, 3, false)));
        scales.put(Scale.WELL_BEING, Map.of("7a", tally(12, 5, true), "7b", tally(11, 4, true)));
        scales.put(Scale.VICTIMISATION, Map.of("7a", tally(12, 5, true), "7b", tally(11, 5, true)));
        Map<String, Map<String, Tally>> questions = new HashMap<>();
        questions.put("gepest", Map.of("7a", tally(12, 1, true).plus(tally(0, 0, false)),
                "7b", tally(8, 1, true).plus(tally(3, 5, false))));
        RoundResults results = RoundResults.of(INSTRUMENT, scales, questions, K);

        InspectieSummary summary = InspectieSummary.of("12AB00", "2026-2027", "r", INSTRUMENT, results);

        var safety = summary.aspects().get(0);
        assertThat(safety.aspect()).isEqualTo(Scale.PERCEIVED_SAFETY);
        assertThat(safety.mean()).isEqualTo(results.scales().get(Scale.PERCEIVED_SAFETY).school().mean());
        assertThat(safety.n()).isEqualTo(23);
        var gepest = summary.bullying().stream().filter(q -> q.questionId().equals("gepest")).findFirst().orElseThrow();
        assertThat(gepest.n()).isEqualTo(23);
        assertThat(gepest.percentPerOption()).containsEntry("nooit", 86.96).containsEntry("meerdere keren per week", 13.04)
                .containsEntry("een enkele keer", 0.0);
        assertThat(summary.bullying()).extracting(InspectieSummary.BullyingQuestion::questionId)
                .containsExactly("gepest", "gepest-uitgescholden", "gepest-buitengesloten", "gepest-online", "zelf-gepest");
    }

    @Test
    void a_school_below_the_minimum_group_size_stays_suppressed_in_the_summary() {
        Map<Scale, Map<String, Tally>> scales = Map.of(Scale.PERCEIVED_SAFETY, Map.of("7a", tally(9, 4, true)));
        RoundResults results = RoundResults.of(INSTRUMENT, scales, Map.of("gepest", Map.of("7a", tally(9, 1, true))), K);
        InspectieSummary summary = InspectieSummary.of("12AB00", "2026-2027", "r", INSTRUMENT, results);
        assertThat(summary.aspects()).allSatisfy(a -> {
            assertThat(a.suppressed()).isTrue();
            assertThat(a.mean()).isNull();
            assertThat(a.n()).isNull();
        });
        assertThat(summary.bullying()).allSatisfy(q -> {
            assertThat(q.suppressed()).isTrue();
            assertThat(q.percentPerOption()).isNull();
        });
    }
}
