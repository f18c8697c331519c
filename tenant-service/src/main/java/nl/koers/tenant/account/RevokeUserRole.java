package nl.koers.tenant.account;

import nl.koers.contracts.tenant.AccountId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeUserRole(@TargetAggregateIdentifier AccountId accountId, BoardId boardId, Role role) {
}
