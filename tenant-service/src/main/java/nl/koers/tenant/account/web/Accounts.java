package nl.koers.tenant.account.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.tenant.account.GrantUserRole;
import nl.koers.tenant.account.InviteUser;
import nl.koers.tenant.account.Profile;
import nl.koers.tenant.account.RevokeUserRole;
import nl.koers.tenant.school.web.SchoolReadModel;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Inviting people to a board and changing their roles; only the board's own admins may. */
@Service
public class Accounts {
    static final Set<Role> MANAGERS = Set.of(Role.BOARD_ADMIN);
    private final CommandGateway commands;
    private final AccountReadModel accounts;
    private final Invitations invitations;
    private final SchoolReadModel schools;
    private final SchoolDirectory directory;
    private final TransactionTemplate transaction;

    Accounts(CommandGateway commands, AccountReadModel accounts, Invitations invitations, SchoolReadModel schools,
             SchoolDirectory directory, TransactionTemplate transaction) {
        this.commands = commands;
        this.accounts = accounts;
        this.invitations = invitations;
        this.schools = schools;
        this.directory = directory;
        this.transaction = transaction;
    }

    public record Invited(AccountId accountId, Invitations.Invitation invitation) {
    }

    public Invited invite(TenantScope scope, BoardId board, InviteUserRequest request) {
        BoardAccess.require(scope, board, MANAGERS);
        Profile profile = new Profile(request.username(), request.email(), request.firstName(), request.lastName());
        Role role = role(request.role());
        Set<SchoolId> granted = schoolsOf(board, request.schools());
        return transaction.execute(tx -> invite(board, profile, role, granted, scope.user()));
    }

    /**
     * Reserves the user name, stores the invitation event and issues the link, in the caller's transaction: all of it
     * or nothing. Also used for a new board's first admin.
     */
    public Invited invite(BoardId board, Profile profile, Role role, Set<SchoolId> granted, UserId actor) {
        AccountId id = AccountId.generate();
        accounts.reserve(id, board, profile.username());
        send(new InviteUser(id, board, profile, role, granted), board, actor);
        return new Invited(id, invitations.issue(id));
    }

    public void grant(TenantScope scope, BoardId board, AccountId account, RoleRequest request) {
        BoardAccess.require(scope, board, MANAGERS);
        Set<SchoolId> granted = schoolsOf(board, request == null ? null : request.schools());
        send(new GrantUserRole(account, board, role(request == null ? null : request.role()), granted), board,
                scope.user());
    }

    public void revoke(TenantScope scope, BoardId board, AccountId account, String role) {
        BoardAccess.require(scope, board, MANAGERS);
        send(new RevokeUserRole(account, board, role(role)), board, scope.user());
    }

    public Invitations.Invitation reinvite(TenantScope scope, BoardId board, AccountId account) {
        BoardAccess.require(scope, board, MANAGERS);
        accounts.find(account).filter(a -> a.boardId().equals(board))
                .orElseThrow(() -> new NotFound("userId", "user " + account));
        return invitations.issue(account);
    }

    private void send(Object command, BoardId board, UserId actor) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(EventMetaData.of(board, actor)));
        } catch (AggregateNotFoundException e) {
            throw new NotFound("userId", "user");
        }
    }

    private static Role role(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new InvalidInput("role", "is required");
        }
        return Role.fromClaim(claim).orElseThrow(() -> new InvalidInput("role",
                "one of board-admin, coordinator, staff, confidential-adviser, auditor"));
    }

    /** Every named school must be one of this board's: a school of another board is "not found", as everywhere. */
    private Set<SchoolId> schoolsOf(BoardId board, List<String> names) {
        Set<SchoolId> result = new HashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            SchoolId school;
            try {
                school = new SchoolId(name);
            } catch (InvalidInput e) {
                throw new InvalidInput("schools", e.getMessage());
            }
            var known = schools.find(List.of(school)).get(school);
            boolean own = known != null ? known.boardId().equals(board)
                    : directory.boardOf(school).map(board::equals).orElse(false);
            if (!own) {
                throw new NotFound("schools", "school " + school);
            }
            result.add(school);
        }
        return result;
    }
}
