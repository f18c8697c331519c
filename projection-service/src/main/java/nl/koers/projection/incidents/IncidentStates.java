package nl.koers.projection.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Table;
import nl.koers.projection.intake.Write;
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
    static final Table TABLE = Table.of("incident_state", """
            incident_id uuid, board_id varchar, school_id varchar, category varchar, severity varchar,
            occurred_at timestamptz, recorded_at timestamptz, open boolean, closed_at timestamptz,
            report_deadline timestamptz, reported_to_inspector timestamptz""").key("incident_id");
    private static final Write.Insert REPORTED = Write.insert(TABLE,
            "incident_id, board_id, school_id, category, severity, occurred_at, recorded_at, open");
    private static final Write.Update CLOSED = Write.update(TABLE, "open, closed_at");
    private static final Write.Update REPORT_REQUIRED = Write.update(TABLE, "report_deadline");
    private static final Write.Update REPORT_RECORDED = Write.update(TABLE, "reported_to_inspector");
    /** A correction sets the fields it names and leaves the others: one form per set of named fields. */
    private final Map<List<String>, Write.Update> corrections = new ConcurrentHashMap<>();
    private final ReadModelWrites writes;

    IncidentStates(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE.name(), "incident_school_month", "incident_close_time");
    }

    @Override
    public List<String> derivedTables() {
        return List.of("incident_school_month", "incident_close_time");
    }

    /** The same rows the trigger keeps (V5__incident_counters.sql), as one GROUP BY each. */
    @Override
    public List<String> derivations() {
        return List.of("""
                insert into incident_school_month
                select board_id, school_id, date_trunc('month', occurred_at at time zone 'Europe/Amsterdam')::date,
                  category, count(*), count(*) filter (where open)
                from incident_state group by 1, 2, 3, 4""", """
                insert into incident_close_time
                select board_id, school_id, round(extract(epoch from closed_at - recorded_at) / 8640)::integer, count(*)
                from incident_state where not open and closed_at is not null group by 1, 2, 3""");
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.data()) {
            case IncidentReported e -> writes.insert(REPORTED, e.incidentId().value(), e.boardId().value(),
                    e.schoolId().value(), e.category().name(), e.severity().name(), time(e.occurredAt()),
                    time(e.recordedAt()), true);
            case IncidentCorrected e -> corrected(e);
            case IncidentClosed e -> writes.update(CLOSED, false, time(e.closedAt()), e.incidentId().value());
            case IncidentReopened e -> writes.update(CLOSED, true, null, e.incidentId().value());
            case ReportToInspectorRequired e -> writes.update(REPORT_REQUIRED, time(e.deadline()),
                    e.incidentId().value());
            case ReportToInspectorRecorded e -> writes.update(REPORT_RECORDED, time(e.reportedAt()),
                    e.incidentId().value());
            default -> {
            }
        }
    }

    private void corrected(IncidentCorrected e) {
        List<String> columns = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (e.category() != null) {
            columns.add("category");
            args.add(e.category().name());
        }
        if (e.severity() != null) {
            columns.add("severity");
            args.add(e.severity().name());
        }
        if (e.occurredAt() != null) {
            columns.add("occurred_at");
            args.add(time(e.occurredAt()));
        }
        if (columns.isEmpty()) {
            return; // corrects nothing the dashboards hold (the description, the people)
        }
        args.add(e.incidentId().value());
        writes.update(corrections.computeIfAbsent(columns, c -> Write.update(TABLE, List.copyOf(c))), args.toArray());
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
