package nl.koers.projection.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over the previous entry's hash and every stored field, each length-prefixed so
 * that no two different entries can produce the same input. Pure function, shared by append and verify.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {prevHash, e.boardId(), Long.toString(e.seq()), e.eventId(),
                    e.eventType(), e.recordId(), e.schoolId(), e.actor(), e.occurredAt().toString(), e.payload()}) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
