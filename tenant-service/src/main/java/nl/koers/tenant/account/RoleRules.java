package nl.koers.tenant.account;

import java.util.Set;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;

/**
 * Which roles a board can hand out and what they cover. Board-wide roles (board-admin, auditor) name no schools;
 * school roles (coordinator, staff, confidential-adviser) name at least one. Platform administration is not a
 * board's to give.
 */
final class RoleRules {
    static final Set<Role> BOARD_WIDE = Set.of(Role.BOARD_ADMIN, Role.AUDITOR);

    private RoleRules() {
    }

    static void check(Role role, Set<SchoolId> schools) {
        if (role == null) {
            throw new InvalidInput("role", "is required");
        }
        if (role == Role.PLATFORM_ADMIN) {
            throw new RuleViolation("role", "platform-admin is not a role a board can grant");
        }
        if (BOARD_WIDE.contains(role) && !schools.isEmpty()) {
            throw new RuleViolation("schools", role.claim() + " covers the whole board: name no schools");
        }
        if (!BOARD_WIDE.contains(role) && schools.isEmpty()) {
            throw new RuleViolation("schools", role.claim() + " needs at least one school");
        }
    }
}
