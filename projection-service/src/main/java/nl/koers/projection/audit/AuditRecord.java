package nl.koers.projection.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An audit entry as shown to auditors: the stored entry, with every sealed value of an erased data subject replaced by
 * {@code {"subject": …, "erased": true}} and those subjects listed. The hashes stay those of the stored entry
 * ({@code payloadAsStored} says whether the payload shown is byte for byte what was hashed); verification always runs
 * on the stored entries.
 */
public record AuditRecord(String boardId, long seq, String eventId, String eventType, String recordId, String schoolId,
                          String actor, Instant occurredAt, String payload, boolean payloadAsStored,
                          List<String> erasedSubjects, String prevHash, String hash) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static AuditRecord of(AuditEntry entry, Set<String> erased) {
        if (erased.isEmpty() || !entry.payload().contains("\"ciphertext\"")) {
            return new AuditRecord(entry.boardId(), entry.seq(), entry.eventId(), entry.eventType(), entry.recordId(),
                    entry.schoolId(), entry.actor(), entry.occurredAt(), entry.payload(), true, List.of(),
                    entry.prevHash(), entry.hash());
        }
        JsonNode payload = JSON.readTree(entry.payload());
        List<String> found = new ArrayList<>();
        redact(payload, erased, found);
        return new AuditRecord(entry.boardId(), entry.seq(), entry.eventId(), entry.eventType(), entry.recordId(),
                entry.schoolId(), entry.actor(), entry.occurredAt(),
                found.isEmpty() ? entry.payload() : JSON.writeValueAsString(payload), found.isEmpty(), List.copyOf(found),
                entry.prevHash(), entry.hash());
    }

    /** A sealed text travels as {@code {"subject": "...", "ciphertext": "..."}} (platform SealedText). */
    private static void redact(JsonNode node, Set<String> erased, List<String> found) {
        if (node instanceof ObjectNode object && object.path("subject").isString()
                && object.path("ciphertext").isString()) {
            String subject = object.get("subject").asString();
            if (erased.contains(subject)) {
                object.remove("ciphertext");
                object.put("erased", true);
                if (!found.contains(subject)) {
                    found.add(subject);
                }
            }
            return;
        }
        for (JsonNode child : node) {
            redact(child, erased, found);
        }
    }
}
