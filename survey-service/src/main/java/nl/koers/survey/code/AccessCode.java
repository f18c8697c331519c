package nl.koers.survey.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A single-use access code: 13 characters of Crockford's base32 (no I, L, O, U: nothing to misread on paper), 65 bits
 * from a CSPRNG, printed as {@code XXXX-XXXX-XXXXX}. Pupils may type it in lower case, with or without dashes or
 * spaces. Only its SHA-256 is stored: 65 random bits cannot be found by hashing guesses, so a slow hash would only
 * slow down the peak (ADR 0031).
 */
public record AccessCode(String value) {
    public static final int LENGTH = 13;
    public static final int BITS = LENGTH * 5;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static AccessCode generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new AccessCode(code.toString());
    }

    /** What a pupil typed, normalised; empty when it cannot be a code at all. */
    public static Optional<AccessCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String normal = typed.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
        if (normal.length() != LENGTH || !normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new AccessCode(normal));
    }

    public String printed() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AccessCode[****]"; // never in a log
    }
}
