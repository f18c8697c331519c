package nl.koers.incident.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.koers.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class FreeTextTest {
    @Test
    void a_name_of_an_involved_person_is_refused_as_a_whole_word_in_any_case() {
        assertThatThrownBy(() -> FreeText.freeOfNames("Daarna liep JO weg.", List.of("Jo"), "description"))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> FreeText.freeOfNames("Met Ümit Yıldız gesproken.", List.of("ümit yıldız"), "outcome"))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_short_name_inside_another_word_is_not_a_name() {
        assertThatCode(() -> FreeText.freeOfNames("Een jongen werd geduwd.", List.of("Jo"), "description"))
                .doesNotThrowAnyException();
    }
}
