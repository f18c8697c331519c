package nl.koers.platform.tenant;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles, as they appear in the token's {@code roles} claim. */
public enum Role {
    PLATFORM_ADMIN("platform-admin"),
    BOARD_ADMIN("board-admin"),
    COORDINATOR("coordinator"),
    STAFF("staff"),
    CONFIDENTIAL_ADVISER("confidential-adviser"),
    AUDITOR("auditor");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
