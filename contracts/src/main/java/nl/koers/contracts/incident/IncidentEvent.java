package nl.koers.contracts.incident;

import nl.koers.platform.id.BoardId;

/**
 * The events of the incident context, published on {@code koers.incident.events}. Every event names its board; those
 * about one incident also carry {@code incidentId} and {@code schoolId}. Free text is always {@code SealedText}.
 */
public sealed interface IncidentEvent permits IncidentReported, IncidentCorrected, ReportToInspectorRequired,
        ReportToInspectorRecorded, ReportToInspectorOverdue, IncidentTriaged, FollowUpActionRecorded, IncidentClosed, IncidentReopened,
        IncidentMarkedConfidential, ConfidentialIncidentRead, MeldcodeStarted, MeldcodeStepRecorded,
        MeldcodeStepSkipped, MeldcodeDecided, LegalHoldPlaced, LegalHoldLifted, PersonDataErased, ErasureReceiptIssued,
        IncidentDataExpired, RetentionPolicySet, ChronologyTransferred, ChronologyTransferAcknowledged {
    BoardId boardId();
}
