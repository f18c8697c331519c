package nl.koers.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class IsoInstantsTest {
    private final ObjectMapper fast = JsonMapper.builder().addModule(IsoInstants.module()).build();
    private final ObjectMapper jackson = JsonMapper.builder().build();

    @Test
    void every_instant_koers_writes_reads_back_as_jackson_reads_it() {
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            // 1900..2200, with whole seconds, millis, micros and nanos: the forms Instant.toString() writes
            long second = -2_208_988_800L + (long) (random.nextDouble() * 9_467_280_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String json = "\"" + Instant.ofEpochSecond(second, nanos) + "\"";
            assertThat(fast.readValue(json, Instant.class)).isEqualTo(jackson.readValue(json, Instant.class))
                    .isEqualTo(Instant.ofEpochSecond(second, nanos));
        }
    }

    @Test
    void any_other_text_reads_as_jackson_reads_it_or_fails_as_it_fails() {
        for (String json : new String[] {"\"2026-08-15T08:00:00+02:00\"", "\"2026-08-15T08:00:00.5Z\"",
            "\"+10000-01-01T00:00:00Z\"", "1786780800", "1786780800.5", "\"2026-08-15T08:00Z\"",
            "\"2026-08-15T08:00:00.123456789Z\"", "\"0999-01-01T00:00:00Z\"", "\"2026-12-31T23:59:60Z\"",
            "\"2026-02-30T08:00:00Z\"", "\"2026-08-15T24:00:00Z\"", "\"2026-08-15T08:00:00.Z\"",
            "\"2026-08-15T08:00:00.1234567890Z\"", "\"2026-08-15 08:00:00Z\"", "\"2026-08-1xT08:00:00Z\"",
            "\"2026-08-15t08:00:00z\"", "\"\""}) {
            assertThat(outcome(fast, json)).as(json).isEqualTo(outcome(jackson, json));
        }
    }

    /** The instant read, or the kind of failure. */
    private static Object outcome(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Instant.class);
        } catch (DatabindException e) {
            return e.getClass();
        }
    }
}
