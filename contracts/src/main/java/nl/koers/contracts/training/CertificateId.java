package nl.koers.contracts.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.UserId;

/** A certificate for one person's attendance at one session (derived from both, so issued once). */
public record CertificateId(@JsonValue UUID value) {
    @JsonCreator
    public CertificateId {
        if (value == null) {
            throw new InvalidInput("certificateId", "is required");
        }
    }

    public static CertificateId generate() {
        return new CertificateId(UUID.randomUUID());
    }

    /** The same session and person always give the same id: issuing twice cannot make two certificates. */
    public static CertificateId of(SessionId session, UserId participant) {
        return new CertificateId(UUID.nameUUIDFromBytes(("certificate/" + session + "/" + participant.value())
                .getBytes(StandardCharsets.UTF_8)));
    }

    public static CertificateId parse(String text) {
        try {
            return new CertificateId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("certificateId", "is not a valid id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
