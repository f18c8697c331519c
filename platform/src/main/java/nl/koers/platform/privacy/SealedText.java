package nl.koers.platform.privacy;

/**
 * Personal data as it travels in events: encrypted with the key of one data subject (AES-GCM, the subject bound as
 * associated data). Deleting that key erases the text everywhere the event went, while the history stays intact.
 */
public record SealedText(String subject, String ciphertext) {
    public SealedText {
        if (subject == null || subject.isBlank() || ciphertext == null || ciphertext.isBlank()) {
            throw new IllegalArgumentException("a sealed text names its subject and carries ciphertext");
        }
    }
}
