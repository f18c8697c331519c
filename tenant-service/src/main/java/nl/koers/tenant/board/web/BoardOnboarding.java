package nl.koers.tenant.board.web;

import java.util.Set;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.tenant.account.Profile;
import nl.koers.tenant.account.web.Accounts;
import nl.koers.tenant.board.OnboardBoard;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform administrator onboards a board with its first board admin, in one transaction: a board never exists
 * without someone who can run it. The platform administrator has no board and sees no school data.
 */
@Service
public class BoardOnboarding {
    private final CommandGateway commands;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    BoardOnboarding(CommandGateway commands, Accounts accounts, TransactionTemplate transaction) {
        this.commands = commands;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    public record Onboarded(BoardId boardId, Accounts.Invited firstAdmin) {
    }

    public Onboarded onboard(TenantScope scope, OnboardBoardRequest request) {
        if (!scope.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new Forbidden("only a platform administrator onboards boards");
        }
        BoardId board = new BoardId(request.boardId());
        Profile admin = firstAdmin(request.firstAdmin());
        return transaction.execute(tx -> {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OnboardBoard(board, request.name()))
                    .andMetaData(EventMetaData.of(board, scope.user())));
            return new Onboarded(board, accounts.invite(board, admin, Role.BOARD_ADMIN, Set.of(), scope.user()));
        });
    }

    private static Profile firstAdmin(OnboardBoardRequest.FirstAdmin admin) {
        if (admin == null) {
            throw new InvalidInput("firstAdmin", "is required");
        }
        try {
            return new Profile(admin.username(), admin.email(), admin.firstName(), admin.lastName());
        } catch (InvalidInput e) {
            throw new InvalidInput("firstAdmin." + e.field(), e.getMessage());
        }
    }
}
