package nl.koers.platform.test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.privacy.SubjectCipher;
import nl.koers.platform.privacy.SubjectErased;

/** The vault with its keys in memory, real encryption: for aggregate tests that run without a database. */
public final class InMemoryPersonalDataVault implements PersonalDataVault {
    private final Map<String, Optional<SecretKey>> keys = new ConcurrentHashMap<>();

    @Override
    public SealedText seal(String subject, String plaintext) {
        SecretKey key = keys.computeIfAbsent(subject, s -> Optional.of(SubjectCipher.newKey()))
                .orElseThrow(() -> new SubjectErased(subject));
        return SubjectCipher.seal(key, subject, plaintext);
    }

    @Override
    public Optional<String> open(SealedText sealed) {
        return keys.getOrDefault(sealed.subject(), Optional.empty()).map(key -> SubjectCipher.open(key, sealed));
    }

    @Override
    public void erase(String subject) {
        keys.put(subject, Optional.empty());
    }
}
