package nl.koers.projection.audit;

import java.time.Instant;

/** One event in a board's audit trail, with its place in the hash chain. */
public record AuditEntry(String boardId, long seq, String eventId, String eventType, String recordId,
                         String schoolId, String actor, Instant occurredAt, String payload, String prevHash,
                         String hash) {
}
