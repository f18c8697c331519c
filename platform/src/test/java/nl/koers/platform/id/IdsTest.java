package nl.koers.platform.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import nl.koers.platform.error.InvalidInput;
import org.junit.jupiter.api.Test;

/** Board and school ids are checked by hand, exactly as the patterns they replace ({@code \d{5}}, BRIN + location). */
class IdsTest {
    @Test
    void a_board_id_is_five_ascii_digits() {
        assertThat(new BoardId("41001").value()).isEqualTo("41001");
        for (String wrong : Arrays.asList(null, "", "4100", "410011", "4100A", " 41001", "４1001", "41-01")) {
            assertThatThrownBy(() -> new BoardId(wrong)).isInstanceOf(InvalidInput.class).hasMessageContaining("5 digits");
        }
    }

    @Test
    void a_school_id_is_two_digits_two_capitals_and_two_digits() {
        assertThat(new SchoolId("12AB00").value()).isEqualTo("12AB00");
        for (String wrong : Arrays.asList(null, "", "12AB0", "12AB000", "12ab00", "1AAB00", "12A100", "12ÄB00",
                "12AB0O", "１2AB00")) {
            assertThatThrownBy(() -> new SchoolId(wrong)).isInstanceOf(InvalidInput.class).hasMessageContaining("BRIN");
        }
    }
}
