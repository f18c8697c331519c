package nl.koers.tenant.account;

import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A board admin (or, for a new board, the platform admin) invites a person with a first role. */
public record InviteUser(@TargetAggregateIdentifier AccountId accountId, BoardId boardId, Profile profile, Role role,
                         Set<SchoolId> schools) {
    public InviteUser {
        schools = schools == null ? Set.of() : Set.copyOf(schools);
    }
}
