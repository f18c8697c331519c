package nl.koers.projection.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Replay;
import org.springframework.stereotype.Component;

/**
 * Per incident what the dashboards need: category, severity and time as last corrected, open or closed (and when),
 * and the duty to report to the
 * vertrouwensinspecteur (deadline, whether it was recorded). No personal data: that stays sealed in the events.
 * The dashboards' counters (incidents per school, month and category; days to close) are kept from these rows by the
 * database's trigger live, and derived in one pass after a replay (ADR 0053).
 */
@Component
class IncidentStates implements ReadModel {
    private static final String TABLE = "incident_state";
    private static final ReadModelWrites.Update CLOSED = new ReadModelWrites.Update(TABLE, List.of("open", "closed_at"),
            List.of("incident_id"), List.of("boolean", "timestamptz", "uuid"));
    private final ReadModelWrites writes;

    IncidentStates(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE, "incident_school_month", "incident_close_time");
    }

    /** The same rows the trigger keeps (V5__incident_counters.sql), as one GROUP BY each. */
    @Override
    public Optional<String> derivation() {
        return Optional.of("""
                insert into incident_school_month
                select board_id, school_id, date_trunc('month', occurred_at at time zone 'Europe/Amsterdam')::date,
                  category, count(*), count(*) filter (where open)
                from incident_state group by 1, 2, 3, 4;
                insert into incident_close_time
                select board_id, school_id, round(extract(epoch from closed_at - recorded_at) / 8640)::integer, count(*)
                from incident_state where not open and closed_at is not null group by 1, 2, 3""");
    }

    /** Folds a chunk's incidents in memory and copies their rows (ADR 0054); the rest take {@link #apply}. */
    @Override
    public Replay replay() {
        return new IncidentReplay(this::apply);
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.data()) {
            case IncidentReported e -> writes.write(TABLE, e.incidentId().value(), """
                    insert into incident_state (incident_id, board_id, school_id, category, severity, occurred_at,
                      recorded_at, open) values (?, ?, ?, ?, ?, ?, ?, true) on conflict do nothing""",
                    e.incidentId().value(), e.boardId().value(), e.schoolId().value(), e.category().name(),
                    e.severity().name(), time(e.occurredAt()), time(e.recordedAt()));
            case IncidentCorrected e -> writes.write(TABLE, e.incidentId().value(), """
                    update incident_state set category = coalesce(?, category), severity = coalesce(?, severity),
                      occurred_at = coalesce(?, occurred_at) where incident_id = ?""",
                    e.category() == null ? null : e.category().name(),
                    e.severity() == null ? null : e.severity().name(), time(e.occurredAt()), e.incidentId().value());
            case IncidentClosed e -> writes.update(TABLE, e.incidentId().value(), CLOSED, false, time(e.closedAt()),
                    e.incidentId().value());
            case IncidentReopened e -> writes.write(TABLE, e.incidentId().value(),
                    "update incident_state set open = true, closed_at = null where incident_id = ?",
                    e.incidentId().value());
            case ReportToInspectorRequired e -> writes.write(TABLE, e.incidentId().value(),
                    "update incident_state set report_deadline = ? where incident_id = ?",
                    time(e.deadline()), e.incidentId().value());
            case ReportToInspectorRecorded e -> writes.write(TABLE, e.incidentId().value(),
                    "update incident_state set reported_to_inspector = ? where incident_id = ?",
                    time(e.reportedAt()), e.incidentId().value());
            default -> {
            }
        }
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
