package nl.koers.projection.incidents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;

/**
 * One {@code incident_state} row held in memory during a rebuild chunk; {@link #with} changes it exactly as the
 * statement {@link IncidentStates} runs live for the same event changes the stored row.
 */
record IncidentRow(UUID incidentId, String boardId, String schoolId, String category, String severity,
        Instant occurredAt, Instant recordedAt, boolean open, Instant closedAt, Instant reportDeadline,
        Instant reportedToInspector) {

    static IncidentRow reported(IncidentReported e) {
        return new IncidentRow(e.incidentId().value(), e.boardId().value(), e.schoolId().value(), e.category().name(),
                e.severity().name(), e.occurredAt(), e.recordedAt(), true, null, null, null);
    }

    /** The row after {@code data}; a second report of the incident changes nothing ({@code on conflict do nothing}). */
    IncidentRow with(Object data) {
        return switch (data) {
            case IncidentCorrected e -> new IncidentRow(incidentId, boardId, schoolId,
                    e.category() == null ? category : e.category().name(),
                    e.severity() == null ? severity : e.severity().name(),
                    e.occurredAt() == null ? occurredAt : e.occurredAt(), recordedAt, open, closedAt, reportDeadline,
                    reportedToInspector);
            case IncidentClosed e -> new IncidentRow(incidentId, boardId, schoolId, category, severity, occurredAt,
                    recordedAt, false, e.closedAt(), reportDeadline, reportedToInspector);
            case IncidentReopened e -> new IncidentRow(incidentId, boardId, schoolId, category, severity, occurredAt,
                    recordedAt, true, null, reportDeadline, reportedToInspector);
            case ReportToInspectorRequired e -> new IncidentRow(incidentId, boardId, schoolId, category, severity,
                    occurredAt, recordedAt, open, closedAt, e.deadline(), reportedToInspector);
            case ReportToInspectorRecorded e -> new IncidentRow(incidentId, boardId, schoolId, category, severity,
                    occurredAt, recordedAt, open, closedAt, reportDeadline, e.reportedAt());
            default -> this;
        };
    }

    /** One line of {@code copy incident_state from stdin (format csv)}, columns in table order; null is empty. */
    String csv() {
        return String.join(",", Stream.of(incidentId.toString(), text(boardId), text(schoolId), text(category),
                text(severity), time(occurredAt), time(recordedAt), open ? "t" : "f", time(closedAt),
                time(reportDeadline), time(reportedToInspector)).toList()) + "\n";
    }

    private static String text(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /**
     * As pgjdbc sends a bound {@code Timestamp} (the live path): rounded half up to the microsecond, which PostgreSQL
     * stores. PostgreSQL itself would round a longer fraction in the text half to even, so it must not see one.
     */
    static String time(Instant instant) {
        return instant == null ? "" : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }
}
