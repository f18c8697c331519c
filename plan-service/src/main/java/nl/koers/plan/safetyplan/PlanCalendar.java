package nl.koers.plan.safetyplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.koers.contracts.plan.SchoolYear;

/** "Today" on the Dutch calendar: a school year closes at midnight after 31 July in the Netherlands, not in UTC. */
public record PlanCalendar(Clock clock, ZoneId zone) {

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public SchoolYear currentYear() {
        return SchoolYear.containing(today());
    }

    public boolean isClosed(SchoolYear year) {
        return today().isAfter(year.end());
    }
}
