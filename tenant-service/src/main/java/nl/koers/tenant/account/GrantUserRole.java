package nl.koers.tenant.account;

import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record GrantUserRole(@TargetAggregateIdentifier AccountId accountId, BoardId boardId, Role role,
                            Set<SchoolId> schools) {
    public GrantUserRole {
        schools = schools == null ? Set.of() : Set.copyOf(schools);
    }
}
