package nl.koers.projection.monitor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.InspectieDeliveryReminderDue;
import nl.koers.contracts.survey.MonitorResultsPublished;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundOpened;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Table;
import nl.koers.projection.intake.Write;
import org.springframework.stereotype.Component;

/**
 * The yearly monitor as the dashboards see it: rounds (open, closed, delivered to the Inspectie), the school-level
 * results per scale (suppressed ones without numbers, as survey-service published them) and delivery reminders.
 * Events of one round may arrive in any order relative to its opening (they travel on one key, but a consumer must
 * not rely on having seen RoundOpened): every writer upserts.
 */
@Component
class MonitorFacts implements ReadModel {
    static final Table ROUNDS = Table.of("monitor_round", """
            round_id uuid, board_id varchar, school_id varchar, school_year varchar, opens_at timestamptz,
            closes_at timestamptz, closed_at timestamptz, respondents integer, delivered_at timestamptz""")
            .key("round_id");
    static final Table SCALES = Table.of("monitor_scale", """
            round_id uuid, board_id varchar, school_id varchar, scale varchar, n integer, mean double precision,
            percent_positive double precision, suppressed boolean""").key("round_id", "scale");
    static final Table REMINDERS = Table.of("monitor_reminder",
            "board_id varchar, school_id varchar, school_year varchar, deadline date").key("school_id", "school_year");
    private static final Write.Insert OPENED = Write.insert(ROUNDS,
            "round_id, board_id, school_id, school_year, opens_at, closes_at").orUpdate("opens_at, closes_at");
    private static final Write.Insert CLOSED = Write.insert(ROUNDS,
            "round_id, board_id, school_id, school_year, closed_at, respondents").orUpdate("closed_at, respondents");
    private static final Write.Insert DELIVERED = Write.insert(ROUNDS,
            "round_id, board_id, school_id, school_year, delivered_at").orUpdate("delivered_at");
    private static final Write.Insert SCALE = Write.insert(SCALES,
            "round_id, board_id, school_id, scale, n, mean, percent_positive, suppressed")
            .orUpdate("n, mean, percent_positive, suppressed");
    private static final Write.Insert REMINDER = Write.insert(REMINDERS,
            "board_id, school_id, school_year, deadline");
    private final ReadModelWrites writes;

    MonitorFacts(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(ROUNDS.name(), SCALES.name(), REMINDERS.name());
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.data()) {
            case RoundOpened e -> writes.insert(OPENED, e.roundId().value(), e.board().value(), e.school().value(),
                    e.schoolYear(), time(e.opensAt()), time(e.closesAt()));
            case RoundClosed e -> writes.insert(CLOSED, e.roundId().value(), e.board().value(), e.school().value(),
                    e.schoolYear(), time(e.closedAt()), e.respondents());
            case DeliveredToInspectie e -> writes.insert(DELIVERED, e.roundId().value(), e.board().value(),
                    e.school().value(), e.schoolYear(), time(e.deliveredAt()));
            case MonitorResultsPublished e -> e.scales().forEach(scale -> writes.insert(SCALE, e.roundId().value(),
                    e.board().value(), e.school().value(), scale.scale().name(), scale.suppressed() ? null : scale.n(),
                    scale.suppressed() ? null : scale.mean(), scale.suppressed() ? null : scale.percentPositive(),
                    scale.suppressed()));
            case InspectieDeliveryReminderDue e -> writes.insert(REMINDER, e.board().value(), e.school().value(),
                    e.schoolYear(), Date.valueOf(e.deadline()));
            default -> {
            }
        }
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
