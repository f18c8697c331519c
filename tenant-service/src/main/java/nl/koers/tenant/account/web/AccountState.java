package nl.koers.tenant.account.web;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.contracts.tenant.UserInvited;
import nl.koers.contracts.tenant.UserRoleGranted;
import nl.koers.contracts.tenant.UserRoleRevoked;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * An account as its events say now: board, sealed profile, roles with their schools. Read by the provisioning (what
 * Keycloak must hold) and by the board's list of people, from the account's own event stream.
 */
public record AccountState(BoardId board, UserInvited invited, Map<Role, Set<SchoolId>> roles) {
    public static AccountState fold(EventStore events, AccountId account) {
        Map<Role, Set<SchoolId>> roles = new EnumMap<>(Role.class);
        UserInvited[] invited = new UserInvited[1];
        events.readEvents(account.toString()).asStream().forEach(message -> {
            switch (message.getPayload()) {
                case UserInvited e -> {
                    invited[0] = e;
                    roles.put(e.role(), new HashSet<>(e.schools()));
                }
                case UserRoleGranted e -> roles.computeIfAbsent(e.role(), r -> new HashSet<>()).addAll(e.schools());
                case UserRoleRevoked e -> roles.remove(e.role());
                default -> { }
            }
        });
        return new AccountState(invited[0].boardId(), invited[0], roles);
    }
}
