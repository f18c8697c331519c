package nl.koers.survey.delivery.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.koers.contracts.survey.InspectieDeliveryReminderDue;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.survey.round.SchoolYears;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * From 1 June on, every known school without a delivery to the Inspectie in the current school year gets one
 * reminder event (the dashboard and mail pick it up); the deadline is 1 July. The clock is the application's, so
 * tests set the date.
 */
@Component
public class DeliveryReminders {
    static final UserId SCHEDULER = new UserId("koers-scheduler");
    private final JdbcTemplate jdbc;
    private final EventGateway events;
    private final Clock clock;

    DeliveryReminders(JdbcTemplate jdbc, EventGateway events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    record Due(BoardId board, SchoolId school) {
    }

    /** @return how many reminders were sent now */
    @Scheduled(cron = "${koers.survey.reminder-cron:0 15 6 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock.withZone(SchoolYears.NL));
        String year = SchoolYears.of(today);
        if (today.isBefore(SchoolYears.reminderDay(year))) {
            return 0;
        }
        // platform_school is the service's copy of the tenant directory (SchoolDirectory): every school it knows.
        List<Due> due = jdbc.query("""
                select s.board_id, s.school_id from platform_school s
                where not exists (select 1 from survey_round r where r.school_id = s.school_id
                                  and r.school_year = ? and r.delivered_at is not null)
                  and not exists (select 1 from survey_delivery_reminder d where d.school_id = s.school_id
                                  and d.school_year = ?)
                order by s.school_id""", (rs, i) -> new Due(new BoardId(rs.getString(1)),
                new SchoolId(rs.getString(2))), year, year);
        for (Due school : due) {
            jdbc.update("insert into survey_delivery_reminder (school_id, school_year, sent_at) values (?, ?, ?)",
                    school.school().value(), year, Timestamp.from(clock.instant()));
            events.publish(GenericEventMessage.asEventMessage(new InspectieDeliveryReminderDue(school.board(),
                            school.school(), year, SchoolYears.deliveryDeadline(year)))
                    .andMetaData(EventMetaData.of(school.board(), school.school(), SCHEDULER)));
        }
        return due.size();
    }
}
