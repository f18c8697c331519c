package nl.koers.survey.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.Scale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

public class BuiltInInstrumentTest {
    public static Instrument load(String name) {
        try (InputStream in = BuiltInInstrumentTest.class.getResourceAsStream("/instruments/" + name + "-v1.json")) {
            return JsonMapper.builder().build().readValue(in, Instrument.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_default_pupil_instrument_asks_20_to_30_questions_covering_every_scale_the_inspectie_expects() {
        Instrument instrument = load("koers-leerlingen");
        assertThat(instrument.definitionProblems()).isEmpty();
        assertThat(instrument.questions()).hasSizeBetween(20, 30);
        assertThat(instrument.scales()).containsExactlyInAnyOrder(Scale.values());
        assertThat(instrument.audiences()).containsExactlyInAnyOrder(Audience.PUPILS_PRIMARY, Audience.PUPILS_SECONDARY);
        assertThat(instrument.questions()).extracting(Question::type).contains(QuestionType.values());
        assertThat(instrument.allowPartial()).isTrue();
    }

    @Test
    void the_special_education_variant_uses_simpler_language_for_the_same_scales() {
        Instrument simple = load("koers-leerlingen-eenvoudig");
        Instrument standard = load("koers-leerlingen");
        assertThat(simple.definitionProblems()).isEmpty();
        assertThat(simple.audiences()).containsExactly(Audience.PUPILS_SPECIAL);
        assertThat(simple.scales()).containsExactlyInAnyOrder(Scale.values());
        double simpleWords = averageWords(simple);
        assertThat(simpleWords).isLessThan(averageWords(standard)).isLessThan(10);
    }

    @Test
    void staff_are_monitored_too_as_the_coming_law_asks_with_an_instrument_of_their_own() {
        Instrument staff = load("koers-personeel");
        assertThat(staff.definitionProblems()).isEmpty();
        assertThat(staff.audiences()).containsExactly(Audience.STAFF);
        assertThat(staff.scales()).contains(Scale.PERCEIVED_SAFETY, Scale.WELL_BEING, Scale.VICTIMISATION,
                Scale.BULLYING);
    }

    private static double averageWords(Instrument instrument) {
        return instrument.questions().stream().mapToInt(q -> q.text().split("\\s+").length).average().orElseThrow();
    }

    @Test
    void every_scale_reads_the_same_way_a_favourable_answer_scores_high() {
        Instrument instrument = load("koers-leerlingen");
        // Never bullied, never victim, fully agreeing with every positive statement: 5 on every scale.
        var best = new java.util.HashMap<String, Integer>();
        for (Question q : instrument.questions()) {
            switch (q.type()) {
                case LIKERT -> best.put(q.id(), q.reversed() ? 1 : 5);
                case FREQUENCY -> best.put(q.id(), q.reversed() ? 1 : 5);
                case YES_NO -> best.put(q.id(), q.reversed() ? 0 : 1);
                case OPEN_TEXT -> { }
            }
        }
        assertThat(instrument.scaleScores(best)).hasSize(Scale.values().length).allSatisfy((s, v) -> assertThat(v).isEqualTo(5.0));
    }
}
