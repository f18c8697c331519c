package nl.koers.platform.tenant;

import java.util.Set;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * The tenant check every service runs on every command and query about a school. A school of another board answers
 * exactly like a school that does not exist, so nothing about other boards leaks.
 */
public class SchoolAccess {
    private final SchoolDirectory directory;

    public SchoolAccess(SchoolDirectory directory) {
        this.directory = directory;
    }

    /** @return the board of the school, once the caller is allowed to act on it with one of the given roles */
    public BoardId require(TenantScope scope, SchoolId school, Set<Role> allowedRoles) {
        BoardId board = directory.boardOf(school)
                .filter(scope::belongsTo)
                .orElseThrow(() -> new NotFound("schoolId", "school " + school));
        if (!scope.hasAnyRole(allowedRoles)) {
            throw new Forbidden("your role does not allow this");
        }
        if (!scope.covers(board, school)) {
            throw new Forbidden("this school is not in your scope");
        }
        return board;
    }
}
