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
import org.springframework.stereotype.Component;

/**
 * The yearly monitor as the dashboards see it: rounds (open, closed, delivered to the Inspectie), the school-level
 * results per scale (suppressed ones without numbers, as survey-service published them) and delivery reminders.
 * Events of one round may arrive in any order relative to its opening (they travel on one key, but a consumer must
 * not rely on having seen RoundOpened): every writer upserts.
 */
@Component
class MonitorFacts implements ReadModel {
    private static final String ROUND = "monitor_round";
    private final ReadModelWrites writes;

    MonitorFacts(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(ROUND, "monitor_scale", "monitor_reminder");
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.data()) {
            case RoundOpened e -> writes.write(ROUND, e.roundId().value(), """
                    insert into monitor_round (round_id, board_id, school_id, school_year, opens_at, closes_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (round_id) do update set opens_at = excluded.opens_at,
                      closes_at = excluded.closes_at""", e.roundId().value(), e.board().value(), e.school().value(),
                    e.schoolYear(), time(e.opensAt()), time(e.closesAt()));
            case RoundClosed e -> writes.write(ROUND, e.roundId().value(), """
                    insert into monitor_round (round_id, board_id, school_id, school_year, closed_at, respondents)
                    values (?, ?, ?, ?, ?, ?) on conflict (round_id) do update set closed_at = excluded.closed_at,
                      respondents = excluded.respondents""", e.roundId().value(), e.board().value(),
                    e.school().value(), e.schoolYear(), time(e.closedAt()), e.respondents());
            case DeliveredToInspectie e -> writes.write(ROUND, e.roundId().value(), """
                    insert into monitor_round (round_id, board_id, school_id, school_year, delivered_at)
                    values (?, ?, ?, ?, ?) on conflict (round_id) do update set delivered_at = excluded.delivered_at""",
                    e.roundId().value(), e.board().value(), e.school().value(), e.schoolYear(), time(e.deliveredAt()));
            case MonitorResultsPublished e -> e.scales().forEach(scale -> writes.write("monitor_scale",
                    List.of(e.roundId().value(), scale.scale().name()), """
                    insert into monitor_scale (round_id, board_id, school_id, scale, n, mean, percent_positive,
                      suppressed) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (round_id, scale) do update set
                      n = excluded.n, mean = excluded.mean, percent_positive = excluded.percent_positive,
                      suppressed = excluded.suppressed""", e.roundId().value(), e.board().value(), e.school().value(),
                    scale.scale().name(), scale.suppressed() ? null : scale.n(),
                    scale.suppressed() ? null : scale.mean(), scale.suppressed() ? null : scale.percentPositive(),
                    scale.suppressed()));
            case InspectieDeliveryReminderDue e -> writes.write("monitor_reminder",
                    List.of(e.school().value(), e.schoolYear()), """
                    insert into monitor_reminder (board_id, school_id, school_year, deadline) values (?, ?, ?, ?)
                    on conflict do nothing""", e.board().value(), e.school().value(), e.schoolYear(),
                    Date.valueOf(e.deadline()));
            default -> {
            }
        }
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
