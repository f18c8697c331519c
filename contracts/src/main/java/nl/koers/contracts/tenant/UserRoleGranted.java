package nl.koers.contracts.tenant;

import java.util.Set;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;

/** An account got a role on its board; school roles name the schools it covers (empty for board-wide roles). */
@KoersEvent(context = "tenant", name = "UserRoleGranted")
public record UserRoleGranted(AccountId accountId, BoardId boardId, Role role, Set<SchoolId> schools)
        implements TenantEvent {
    public UserRoleGranted {
        schools = Set.copyOf(schools);
    }
}
