package nl.koers.training.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.koers.contracts.training.Place;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.training.input.Inputs;
import nl.koers.training.session.SessionCommands.Schedule;

/** A session's date, times, place and enrolment deadline, checked together. Times are Dutch local time. */
record Times(LocalDate date, LocalTime start, LocalTime end, Place place, Instant deadline) {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int MAX_CITY = 100;
    static final int MAX_VENUE = 200;

    static Times of(Schedule schedule) {
        Inputs.require(schedule, "date");
        Inputs.require(schedule.date(), "date");
        Inputs.require(schedule.start(), "start");
        Inputs.require(schedule.end(), "end");
        if (!schedule.end().isAfter(schedule.start())) {
            throw new InvalidInput("end", "a session ends after it starts");
        }
        Place place = place(schedule);
        Instant startsAt = schedule.date().atTime(schedule.start()).atZone(ZONE).toInstant();
        Instant deadline = schedule.enrolmentDeadline() == null ? startsAt : schedule.enrolmentDeadline();
        if (deadline.isAfter(startsAt)) {
            throw new RuleViolation("enrolmentDeadline", "enrolment closes at the latest when the session starts");
        }
        return new Times(schedule.date(), schedule.start(), schedule.end(), place, deadline);
    }

    private static Place place(Schedule schedule) {
        if (Boolean.TRUE.equals(schedule.online())) {
            return Place.remote();
        }
        Inputs.check(schedule.city(), "city", MAX_CITY);
        String venue = schedule.venue() == null ? null : schedule.venue().strip();
        if (venue != null && venue.length() > MAX_VENUE) {
            throw new InvalidInput("venue", "at most " + MAX_VENUE + " characters");
        }
        return Place.at(schedule.city().strip(), venue == null || venue.isEmpty() ? null : venue);
    }

    Instant startsAt() {
        return date.atTime(start).atZone(ZONE).toInstant();
    }

    void requireFuture(Instant now) {
        if (!startsAt().isAfter(now)) {
            throw new RuleViolation("date", "a session is planned in the future");
        }
    }
}
