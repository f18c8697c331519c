package nl.koers.contracts.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Pattern;
import nl.koers.platform.error.InvalidInput;

/** A Dutch school year, {@code 2026-2027}: 1 August 2026 up to and including 31 July 2027. */
public record SchoolYear(@JsonValue String value) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    @JsonCreator
    public SchoolYear {
        var m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new InvalidInput("schoolYear", "must be two consecutive years, e.g. 2026-2027");
        }
    }

    public static SchoolYear startingIn(int year) {
        return new SchoolYear(year + "-" + (year + 1));
    }

    /** The school year a date falls in: from 1 August onwards it is the year that starts then. */
    public static SchoolYear containing(LocalDate date) {
        return startingIn(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public int firstYear() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public LocalDate start() {
        return LocalDate.of(firstYear(), Month.AUGUST, 1);
    }

    public LocalDate end() {
        return LocalDate.of(firstYear() + 1, Month.JULY, 31);
    }

    public SchoolYear previous() {
        return startingIn(firstYear() - 1);
    }

    public SchoolYear next() {
        return startingIn(firstYear() + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
