package nl.koers.survey.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodeTest {
    @Test
    void a_code_carries_at_least_60_random_bits() {
        assertThat(AccessCode.BITS).isGreaterThanOrEqualTo(60);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            codes.add(AccessCode.generate().value());
        }
        assertThat(codes).hasSize(100_000);
    }

    @Test
    void a_pupil_may_type_the_code_in_lower_case_with_or_without_dashes() {
        AccessCode code = AccessCode.generate();
        assertThat(AccessCode.parse(code.printed().toLowerCase())).contains(code);
        assertThat(AccessCode.parse(code.value())).contains(code);
        assertThat(AccessCode.parse(code.printed().replace("-", " "))).contains(code);
    }

    @Test
    void anything_that_cannot_be_a_code_is_not_parsed() {
        assertThat(AccessCode.parse("ILOU-ILOU-ILOUI")).isEmpty(); // letters a printed code never contains
        assertThat(AccessCode.parse("ABCD")).isEmpty();
        assertThat(AccessCode.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(AccessCode.parse(null)).isEmpty();
        assertThat(AccessCode.parse("x".repeat(10_000))).isEmpty();
    }

    @Test
    void only_the_hash_is_stored_and_the_code_never_shows_in_a_log() {
        AccessCode code = AccessCode.generate();
        assertThat(code.hash()).hasSize(32).isEqualTo(AccessCode.parse(code.printed()).orElseThrow().hash());
        assertThat(code.toString()).doesNotContain(code.value());
    }
}
