package nl.koers.platform.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the instants of event payloads in the one form Koers writes them ({@link Instant#toString()}: UTC, {@code Z},
 * zero to nine fraction digits) without a {@code DateTimeFormatter}, which took a quarter of a rebuild's JSON binding
 * (ADR 0062). Anything else (an offset, a leap second, a number) goes to Jackson's own deserializer, unchanged.
 */
final class IsoInstants extends StdScalarDeserializer<Instant> {
    private IsoInstants() {
        super(Instant.class);
    }

    static SimpleModule module() {
        return new SimpleModule("koers-iso-instants").addDeserializer(Instant.class, new IsoInstants());
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parse(p.getString());
            if (instant != null) {
                return instant;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss[.f…]Z} as an instant; {@code null} for any other text, valid or not. */
    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || length == 21 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = 0;
        if (length > 20) {
            if (text.charAt(19) != '.') {
                return null;
            }
            int fraction = digits(text, 20, length - 21);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * POWERS[9 - (length - 21)];
        }
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException notADate) {
            return null; // 30 February and the like: Jackson's deserializer names the error
        }
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    /** The decimal number of {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
