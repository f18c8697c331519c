package nl.koers.platform.tenant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/**
 * Who is asking, taken from the verified token only (never from a client-supplied header): the user, the board, the
 * schools the user is granted and the roles.
 */
public record TenantScope(UserId user, Optional<BoardId> board, Set<SchoolId> schools, Set<Role> roles) {

    public TenantScope {
        schools = Set.copyOf(schools);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** A board admin covers every school of its board; other roles only the schools they are granted. */
    public boolean covers(BoardId schoolBoard, SchoolId school) {
        if (board.isEmpty() || !board.get().equals(schoolBoard)) {
            return false;
        }
        return roles.contains(Role.BOARD_ADMIN) || schools.contains(school);
    }

    public boolean belongsTo(BoardId other) {
        return board.isPresent() && board.get().equals(other);
    }
}
