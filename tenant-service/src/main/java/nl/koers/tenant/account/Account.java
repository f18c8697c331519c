package nl.koers.tenant.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.contracts.tenant.UserInvited;
import nl.koers.contracts.tenant.UserRoleGranted;
import nl.koers.contracts.tenant.UserRoleRevoked;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person's account on one board and the roles it holds there. Granting what is already held and revoking what is
 * not held change nothing, so a repeated request is harmless.
 */
@Aggregate
public class Account {
    @AggregateIdentifier
    private AccountId id;
    private BoardId board;
    private final Map<Role, Set<SchoolId>> roles = new EnumMap<>(Role.class);

    protected Account() {
        // for Axon
    }

    @CommandHandler
    public Account(InviteUser command, PersonalDataVault vault) {
        RoleRules.check(command.role(), command.schools());
        String subject = personalDataSubject(command.accountId());
        Profile profile = command.profile();
        apply(new UserInvited(command.accountId(), command.boardId(), command.role(), command.schools(),
                vault.seal(subject, profile.username()), vault.seal(subject, profile.email()),
                vault.seal(subject, profile.firstName()), vault.seal(subject, profile.lastName())));
    }

    /** One key per account: erasing it erases the name, e-mail and user name in every copy of every event. */
    public static String personalDataSubject(AccountId account) {
        return "account/" + account;
    }

    @CommandHandler
    void handle(GrantUserRole command) {
        requireBoard(command.boardId());
        RoleRules.check(command.role(), command.schools());
        if (roles.getOrDefault(command.role(), Set.of()).containsAll(command.schools())
                && roles.containsKey(command.role())) {
            return;
        }
        apply(new UserRoleGranted(id, board, command.role(), command.schools()));
    }

    @CommandHandler
    void handle(RevokeUserRole command) {
        requireBoard(command.boardId());
        if (roles.containsKey(command.role())) {
            apply(new UserRoleRevoked(id, board, command.role()));
        }
    }

    /** An account of another board is answered like one that does not exist. */
    private void requireBoard(BoardId asked) {
        if (!board.equals(asked)) {
            throw new NotFound("userId", "user " + id);
        }
    }

    @EventSourcingHandler
    void on(UserInvited event) {
        this.id = event.accountId();
        this.board = event.boardId();
        roles.put(event.role(), new HashSet<>(event.schools()));
    }

    @EventSourcingHandler
    void on(UserRoleGranted event) {
        roles.computeIfAbsent(event.role(), r -> new HashSet<>()).addAll(event.schools());
    }

    @EventSourcingHandler
    void on(UserRoleRevoked event) {
        roles.remove(event.role());
    }
}
