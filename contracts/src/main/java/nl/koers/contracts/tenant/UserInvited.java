package nl.koers.contracts.tenant;

import java.util.Set;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;

/**
 * A person was invited to a board with a first role (and, for school roles, the schools). The name, e-mail address
 * and user name are personal data: they travel sealed under the account's own key (ADR 0006, ADR 0007), so erasing
 * the account erases them everywhere. Consumers need only the account id, board, role and schools.
 */
@KoersEvent(context = "tenant", name = "UserInvited")
public record UserInvited(AccountId accountId, BoardId boardId, Role role, Set<SchoolId> schools,
                          SealedText username, SealedText email, SealedText firstName, SealedText lastName)
        implements TenantEvent {
    public UserInvited {
        schools = Set.copyOf(schools);
    }
}
