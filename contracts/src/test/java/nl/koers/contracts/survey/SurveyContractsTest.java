package nl.koers.contracts.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.koers.platform.privacy.SealedText;
import org.junit.jupiter.api.Test;

class SurveyContractsTest {
    private static final List<String> IDENTIFYING = List.of("code", "hash", "address", "ip", "device", "agent",
            "name", "email", "submittedat", "time");

    /** Anonymity is a property of the contract: no field of an answer event can carry who or where it came from. */
    @Test
    void an_answer_event_has_no_field_for_a_code_an_address_a_device_or_a_time() {
        List<String> fields = Arrays.stream(AnswersSubmitted.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase(Locale.ROOT)).toList();
        assertThat(fields).noneMatch(f -> IDENTIFYING.stream().anyMatch(f::contains));
    }

    @Test
    void issued_codes_travel_as_a_count_only() {
        assertThat(Arrays.stream(CodesIssued.class.getRecordComponents()).map(c -> c.getType()))
                .doesNotContain((Class) List.class, (Class) String[].class);
        assertThat(Arrays.stream(CodesIssued.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("code") && !name.equals("count"));
    }

    @Test
    void open_text_travels_sealed() {
        assertThat(AnswersSubmitted.OpenAnswer.class.getRecordComponents()[1].getType()).isEqualTo(SealedText.class);
    }

    @Test
    void a_suppressed_scale_result_carries_no_numbers() {
        var suppressed = MonitorResultsPublished.ScaleResult.suppressed(Scale.BULLYING);
        assertThat(suppressed.n()).isNull();
        assertThat(suppressed.mean()).isNull();
        assertThat(suppressed.percentPositive()).isNull();
        assertThat(suppressed.suppressed()).isTrue();
    }
}
