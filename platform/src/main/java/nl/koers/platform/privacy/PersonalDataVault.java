package nl.koers.platform.privacy;

import java.util.Optional;

/**
 * Seals personal data under a key per data subject (crypto-shredding). Plain Java so that aggregates can use it.
 */
public interface PersonalDataVault {
    /** Encrypts under the subject's key, creating the key on first use. Refused once the subject was erased. */
    SealedText seal(String subject, String plaintext);

    /** @return the plain text, or empty when the subject's key was erased */
    Optional<String> open(SealedText sealed);

    /** Deletes the subject's key: every copy of its sealed texts becomes unreadable. */
    void erase(String subject);
}
