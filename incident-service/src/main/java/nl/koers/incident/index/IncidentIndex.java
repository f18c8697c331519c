package nl.koers.incident.index;

import java.sql.Timestamp;
import java.time.Instant;
import nl.koers.contracts.incident.ChronologyTransferAcknowledged;
import nl.koers.contracts.incident.ChronologyTransferred;
import nl.koers.contracts.incident.ErasureReceiptIssued;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentDataExpired;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentMarkedConfidential;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.IncidentTriaged;
import nl.koers.contracts.incident.LegalHoldLifted;
import nl.koers.contracts.incident.LegalHoldPlaced;
import nl.koers.contracts.incident.MeldcodeStarted;
import nl.koers.contracts.incident.PersonDataErased;
import nl.koers.contracts.incident.ReportToInspectorOverdue;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.RetentionPolicySet;
import nl.koers.incident.report.IncidentStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lists, chronologies, holds and receipts, kept from the events in the same transaction (subscribing processor):
 * a list shows a report at once. No personal data in plain text: ids, enums, dates. Erased or expired data is marked;
 * a pupil's reference row is deleted with their erasure.
 */
@Component
@ProcessingGroup(IncidentIndex.GROUP)
public class IncidentIndex {
    public static final String GROUP = "incident-index";
    private final JdbcTemplate jdbc;

    IncidentIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IncidentReported e) {
        jdbc.update("""
                insert into incident_summary (incident_id, board_id, school_id, occurred_at, recorded_at, location,
                  category, severity, status, confidential, reported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""", e.incidentId().value(), e.boardId().value(), e.schoolId().value(),
                ts(e.occurredAt()), ts(e.recordedAt()), e.location().name(), e.category().name(), e.severity().name(),
                IncidentStatus.REPORTED.name(), e.confidential(), e.reportedBy().value());
        jdbc.batchUpdate("""
                insert into incident_person (incident_id, person_id, school_id, kind, role) values (?, ?, ?, ?, ?)
                on conflict do nothing""", e.involved().stream().map(p -> new Object[] {e.incidentId().value(),
                p.personId().value(), e.schoolId().value(), p.kind().name(), p.role().name()}).toList());
    }

    @EventHandler
    void on(IncidentCorrected e) {
        update(e.incidentId(), "occurred_at = coalesce(?, occurred_at), location = coalesce(?, location), "
                + "category = coalesce(?, category), severity = coalesce(?, severity)", ts(e.occurredAt()),
                e.location() == null ? null : e.location().name(), e.category() == null ? null : e.category().name(),
                e.severity() == null ? null : e.severity().name());
    }

    @EventHandler
    void on(ReportToInspectorRequired e) {
        update(e.incidentId(), "report_deadline = ?", ts(e.deadline()));
    }

    @EventHandler
    void on(ReportToInspectorRecorded e) {
        update(e.incidentId(), "report_recorded_at = ?", ts(e.reportedAt()));
    }

    @EventHandler
    void on(ReportToInspectorOverdue e) {
        update(e.incidentId(), "report_overdue_at = ?", ts(e.detectedAt()));
    }

    @EventHandler
    void on(IncidentTriaged e) {
        update(e.incidentId(), "handler = ?, status = ?", e.handler().value(), IncidentStatus.IN_FOLLOW_UP.name());
    }

    @EventHandler
    void on(IncidentClosed e) {
        update(e.incidentId(), "status = ?, closed_at = ?", IncidentStatus.CLOSED.name(), ts(e.closedAt()));
    }

    @EventHandler
    void on(IncidentReopened e) {
        update(e.incidentId(), "status = ?, closed_at = null", IncidentStatus.IN_FOLLOW_UP.name());
    }

    @EventHandler
    void on(IncidentMarkedConfidential e) {
        update(e.incidentId(), "confidential = true");
    }

    @EventHandler
    void on(MeldcodeStarted e) {
        update(e.incidentId(), "meldcode = true");
    }

    @EventHandler
    void on(IncidentDataExpired e) {
        update(e.incidentId(), "data_expired_at = ?", ts(e.expiredAt()));
        jdbc.update("update incident_person set erased = true where incident_id = ?", e.incidentId().value());
    }

    @EventHandler
    void on(PersonDataErased e) {
        jdbc.update("update incident_person set erased = true where incident_id = ? and person_id = ?",
                e.incidentId().value(), e.personId().value());
    }

    @EventHandler
    void on(ErasureReceiptIssued e) {
        jdbc.update("""
                insert into incident_erasure_receipt (receipt_id, board_id, school_id, person_id, subjects, incidents,
                  erased_by, erased_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                e.receiptId(), e.boardId().value(), e.schoolId().value(), e.personId().value(),
                String.join(",", e.subjects()), String.join(",", e.incidents().stream().map(Object::toString).toList()),
                e.erasedBy().value(), ts(e.erasedAt()));
        // The pseudonymous reference is personal data too: the link from the school's pupil number to the person goes.
        jdbc.update("delete from incident_person_reference where person_id = ?", e.personId().value());
    }

    @EventHandler
    void on(LegalHoldPlaced e) {
        jdbc.update("""
                insert into incident_legal_hold (hold_id, board_id, school_id, incident_id, person_id, placed_by,
                  placed_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", e.holdId(), e.boardId().value(),
                e.schoolId().value(), e.incidentId() == null ? null : e.incidentId().value(),
                e.personId() == null ? null : e.personId().value(), e.placedBy().value(), ts(e.placedAt()));
    }

    @EventHandler
    void on(LegalHoldLifted e) {
        jdbc.update("update incident_legal_hold set lifted_at = ? where hold_id = ?", ts(e.liftedAt()), e.holdId());
    }

    @EventHandler
    void on(RetentionPolicySet e) {
        jdbc.update("""
                insert into incident_retention_policy (board_id, months) values (?, ?)
                on conflict (board_id) do update set months = excluded.months""", e.boardId().value(),
                e.monthsAfterClosure());
    }

    @EventHandler
    void on(ChronologyTransferred e) {
        jdbc.update("""
                insert into incident_transfer (transfer_id, board_id, from_school, to_school, person_id, incidents,
                  transferred_by, transferred_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                e.transferId(), e.boardId().value(), e.fromSchool().value(), e.toSchool().value(),
                e.personId().value(), e.incidents().size(), e.transferredBy().value(), ts(e.transferredAt()));
    }

    @EventHandler
    void on(ChronologyTransferAcknowledged e) {
        jdbc.update("update incident_transfer set acknowledged_by = ?, acknowledged_at = ? where transfer_id = ?",
                e.acknowledgedBy().value(), ts(e.acknowledgedAt()), e.transferId());
    }

    private void update(IncidentId id, String set, Object... args) {
        Object[] all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = id.value();
        jdbc.update("update incident_summary set " + set + " where incident_id = ?", all);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
