package nl.koers.projection.incidents;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
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
    /** 2000-01-01T00:00:00Z in seconds since 1970. */
    private static final long POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

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

    /**
     * This row as one tuple of {@code copy incident_state from stdin (format binary)}, columns in table order: no
     * times or uuids as text for PostgreSQL to parse.
     */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeShort(11);
        out.writeInt(16);
        out.writeLong(incidentId.getMostSignificantBits());
        out.writeLong(incidentId.getLeastSignificantBits());
        text(out, boardId);
        text(out, schoolId);
        text(out, category);
        text(out, severity);
        time(out, occurredAt);
        time(out, recordedAt);
        out.writeInt(1);
        out.writeBoolean(open);
        time(out, closedAt);
        time(out, reportDeadline);
        time(out, reportedToInspector);
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void time(DataOutputStream out, Instant instant) throws IOException {
        if (instant == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(8);
            out.writeLong(micros(instant));
        }
    }

    /**
     * A {@code timestamptz} as PostgreSQL stores it, microseconds since 2000-01-01 UTC, rounded as pgjdbc rounds a
     * bound {@code Timestamp} on the live path: half up to the microsecond.
     */
    static long micros(Instant instant) {
        // Arithmetic instead of truncatedTo/between: this runs twice per incident of a rebuild (nanos are never negative).
        return (instant.getEpochSecond() - POSTGRES_EPOCH) * 1_000_000 + (instant.getNano() + 500) / 1_000;
    }
}
