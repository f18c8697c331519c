package nl.koers.survey.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The Dutch school year runs 1 August - 31 July and is written {@code 2026-2027}. */
public final class SchoolYears {
    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private SchoolYears() {
    }

    public static String of(Instant instant) {
        return of(instant.atZone(NL).toLocalDate());
    }

    public static String of(LocalDate date) {
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** The Inspectie's deadline for the monitor of a school year: 1 July at its end. */
    public static LocalDate deliveryDeadline(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(5)), 7, 1);
    }

    /** From this day on a school without a delivery is reminded: 1 June. */
    public static LocalDate reminderDay(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(5)), 6, 1);
    }
}
