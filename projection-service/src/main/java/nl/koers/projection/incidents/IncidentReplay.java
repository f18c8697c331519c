package nl.koers.projection.incidents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.Replay;
import org.postgresql.PGConnection;

/**
 * {@code incident_state} in a rebuild (ADR 0054): an incident reported in a chunk is one row in memory that the chunk's
 * later events change, and the chunk's new rows go to the database in one binary {@code COPY}, instead of an insert
 * and an update per event. This is exact because the rebuild's table starts empty and only this replay writes it: an incident
 * not yet written by an earlier chunk has no row, so the folded row is what the live statements would leave. Events of
 * an incident written by an earlier chunk (and of one never reported) take the live statements, which the rebuild
 * flushes before the {@code COPY}: they precede, in the history, the report of any incident folded in this chunk.
 */
final class IncidentReplay implements Replay {
    private static final String COPY = "copy incident_state (incident_id, board_id, school_id, category, severity, "
            + "occurred_at, recorded_at, open, closed_at, report_deadline, reported_to_inspector) "
            + "from stdin (format binary)";
    /** The binary COPY header: signature, then no flags and no extension (two zero ints). */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private final Consumer<CloudEvent> live;
    /** Incidents whose row an earlier chunk wrote (or may have): their events from now on take the live statements. */
    private final WrittenIncidents written;
    private final Map<UUID, IncidentRow> fresh = new LinkedHashMap<>();

    IncidentReplay(Consumer<CloudEvent> live) {
        this(live, new WrittenIncidents());
    }

    IncidentReplay(Consumer<CloudEvent> live, WrittenIncidents written) {
        this.live = live;
        this.written = written;
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.data()) {
            case IncidentReported e when unknown(e.incidentId().value()) ->
                    fresh.put(e.incidentId().value(), IncidentRow.reported(e));
            case IncidentReported e -> change(e.incidentId(), event);
            case IncidentCorrected e -> change(e.incidentId(), event);
            case IncidentClosed e -> change(e.incidentId(), event);
            case IncidentReopened e -> change(e.incidentId(), event);
            case ReportToInspectorRequired e -> change(e.incidentId(), event);
            case ReportToInspectorRecorded e -> change(e.incidentId(), event);
            default -> {
            }
        }
    }

    private void change(IncidentId incident, CloudEvent event) {
        IncidentRow row = fresh.get(incident.value());
        if (row == null) {
            live.accept(event);
        } else {
            fresh.put(incident.value(), row.with(event.data()));
        }
    }

    @Override
    public void flush(Connection connection) throws SQLException {
        List<IncidentRow> rows = drain();
        if (rows.isEmpty()) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 160);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(HEADER);
            for (IncidentRow row : rows) {
                row.writeTo(out);
            }
            out.writeShort(-1);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY,
                    new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new SQLException("COPY into incident_state failed", e);
        }
    }

    /** The rows folded in this chunk; from now on they count as written. */
    List<IncidentRow> drain() {
        List<IncidentRow> rows = List.copyOf(fresh.values());
        fresh.keySet().forEach(written::add);
        fresh.clear();
        return rows;
    }

    /**
     * Neither in this chunk nor written by an earlier one: the rebuild's table has no row for it. A false "maybe
     * written" only sends this incident to the live statements, which are right either way.
     */
    private boolean unknown(UUID incident) {
        return !fresh.containsKey(incident) && !written.mayContain(incident);
    }
}
