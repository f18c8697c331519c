package nl.koers.platform.tenant;

import java.util.Set;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;

/**
 * The tenant check for a board in the path ({@code board} scope in docs/security.md): a board that is not the
 * caller's answers exactly like one that does not exist (404), so nothing leaks; within the own board a role that is
 * not allowed answers 403.
 */
public final class BoardAccess {
    private BoardAccess() {
    }

    public static void require(TenantScope scope, BoardId board, Set<Role> allowedRoles) {
        if (!scope.belongsTo(board)) {
            throw new NotFound("boardId", "board " + board);
        }
        if (!scope.hasAnyRole(allowedRoles)) {
            throw new Forbidden("your role does not allow this");
        }
    }
}
