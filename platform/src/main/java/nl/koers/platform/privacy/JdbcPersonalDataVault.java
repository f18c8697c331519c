package nl.koers.platform.privacy;

import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import nl.koers.platform.persistence.PlatformSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Subject keys in the service's own database ({@code platform_subject_key}), used inside the caller's transaction so
 * a key and the event that first uses it commit together. Keys are not cached: an erasure must hold at once.
 * An erased subject keeps its row (without key) as the proof of when it was erased.
 */
public class JdbcPersonalDataVault implements PersonalDataVault {
    private final JdbcTemplate jdbc;

    public JdbcPersonalDataVault(JdbcTemplate jdbc, PlatformSchema schema) {
        this.jdbc = jdbc;
    }

    @Override
    public SealedText seal(String subject, String plaintext) {
        return SubjectCipher.seal(keyOf(subject).orElseGet(() -> create(subject)), subject, plaintext);
    }

    @Override
    public Optional<String> open(SealedText sealed) {
        return keyOf(sealed.subject()).map(key -> SubjectCipher.open(key, sealed));
    }

    @Override
    public void erase(String subject) {
        jdbc.update("""
                insert into platform_subject_key (subject, key_bytes, erased_at) values (?, null, now())
                on conflict (subject) do update set key_bytes = null, erased_at = coalesce(platform_subject_key.erased_at, now())
                """, subject);
    }

    private SecretKey create(String subject) {
        jdbc.update("insert into platform_subject_key (subject, key_bytes) values (?, ?) on conflict do nothing",
                subject, SubjectCipher.newKey().getEncoded());
        // Read back: a concurrent first use may have won the insert; both then use the same key.
        return keyOf(subject).orElseThrow(() -> new SubjectErased(subject));
    }

    private Optional<SecretKey> keyOf(String subject) {
        List<byte[]> keys = jdbc.query("select key_bytes from platform_subject_key where subject = ?",
                (rs, row) -> rs.getBytes(1), subject);
        if (!keys.isEmpty() && keys.get(0) == null) {
            return Optional.empty(); // erased
        }
        return keys.stream().findFirst().map(bytes -> new SecretKeySpec(bytes, "AES"));
    }
}
