package nl.koers.contracts.tenant;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.Role;

/** An account lost a role. It takes effect at the account's next token refresh (at most the token lifetime later). */
@KoersEvent(context = "tenant", name = "UserRoleRevoked")
public record UserRoleRevoked(AccountId accountId, BoardId boardId, Role role) implements TenantEvent {
}
