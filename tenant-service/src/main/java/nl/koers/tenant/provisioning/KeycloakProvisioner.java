package nl.koers.tenant.provisioning;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.contracts.tenant.BoardOnboarded;
import nl.koers.contracts.tenant.SchoolDetailsChanged;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.contracts.tenant.Sector;
import nl.koers.contracts.tenant.UserInvited;
import nl.koers.contracts.tenant.UserRoleGranted;
import nl.koers.contracts.tenant.UserRoleRevoked;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.tenant.account.web.AccountReadModel;
import nl.koers.tenant.account.web.AccountState;
import nl.koers.tenant.account.web.IdentityProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions what the tenant events say into Keycloak, after they are stored: a streaming processor over this
 * service's own event store (its position in {@code token_entry}), so a Keycloak outage delays provisioning and never
 * loses it — a failed call fails the batch, which is retried from the old position. Every call is idempotent, so a
 * retried batch does no harm. Events of different aggregates run in parallel segments; one aggregate's in order.
 */
@ProcessingGroup(KeycloakProvisioner.PROCESSING_GROUP)
public class KeycloakProvisioner implements IdentityProvider {
    public static final String PROCESSING_GROUP = "koers-keycloak-provisioning";
    private static final Logger log = LoggerFactory.getLogger(KeycloakProvisioner.class);
    private final KeycloakDirectory keycloak;
    private final EventStore events;
    private final AccountReadModel accounts;
    private final PersonalDataVault vault;

    public KeycloakProvisioner(KeycloakDirectory keycloak, EventStore events, AccountReadModel accounts,
                               PersonalDataVault vault) {
        this.keycloak = keycloak;
        this.events = events;
        this.accounts = accounts;
        this.vault = vault;
    }

    public static String boardPath(BoardId board) {
        return "/boards/" + board;
    }

    public static String schoolPath(BoardId board, SchoolId school) {
        return boardPath(board) + "/schools/" + school;
    }

    @EventHandler
    void on(BoardOnboarded event) {
        keycloak.ensureGroup(boardPath(event.boardId()), Map.of("board_id", List.of(event.boardId().value()),
                "display_name", List.of(event.name())));
    }

    @EventHandler
    void on(SchoolOnboarded event) {
        school(event.boardId(), event.schoolId(), event.name(), event.sector());
    }

    @EventHandler
    void on(SchoolDetailsChanged event) {
        school(event.boardId(), event.schoolId(), event.name(), event.sector());
    }

    private void school(BoardId board, SchoolId school, String name, Sector sector) {
        keycloak.ensureGroup(schoolPath(board, school), Map.of("board_id", List.of(board.value()),
                "school_id", List.of(school.value()), "display_name", List.of(name), "sector", List.of(sector.name())));
    }

    @EventHandler
    void on(UserInvited event) {
        converge(event.accountId());
    }

    @EventHandler
    void on(UserRoleGranted event) {
        converge(event.accountId());
    }

    @EventHandler
    void on(UserRoleRevoked event) {
        converge(event.accountId());
    }

    /**
     * Brings the Keycloak user to the account's current state, folded from its own event stream: redelivered or
     * late events converge on the same result.
     */
    private void converge(AccountId account) {
        AccountState state = AccountState.fold(events, account);
        Optional<String> known = accounts.find(account).flatMap(AccountReadModel.AccountRow::keycloakId);
        String userId;
        if (known.isPresent()) {
            userId = known.get();
        } else {
            Optional<KeycloakDirectory.Person> person = person(state, vault);
            if (person.isEmpty()) {
                log.info("account {} was erased before it was provisioned; nothing to create", account);
                return;
            }
            KeycloakDirectory.Existing existing = keycloak.createOrAdopt(person.get());
            if (existing instanceof KeycloakDirectory.Existing.Taken taken) {
                log.warn("account {} not provisioned: {}", account, taken.reason());
                accounts.provisioningFailed(account, taken.reason());
                return; // permanent: retrying would not help, and must not block everyone after it
            }
            userId = ((KeycloakDirectory.Existing.Created) existing).id();
            accounts.provisioned(account, userId);
        }
        keycloak.converge(userId, state.roles().keySet(), groupPaths(state));
    }

    @Override
    public boolean setPassword(AccountId account, String password) {
        Optional<String> userId = accounts.find(account).flatMap(AccountReadModel.AccountRow::keycloakId);
        userId.ifPresent(id -> keycloak.setPassword(id, password));
        return userId.isPresent();
    }

    /** Board-wide roles sit in the board's group; school roles in each school's group (claims board_id, school_ids). */
    static Set<String> groupPaths(AccountState state) {
        Set<String> paths = new HashSet<>();
        state.roles().forEach((role, schools) -> {
            if (schools.isEmpty()) {
                paths.add(boardPath(state.board()));
            }
            schools.forEach(school -> paths.add(schoolPath(state.board(), school)));
        });
        return paths;
    }

    /** The profile to create the Keycloak user with; empty once the account was erased (its key deleted). */
    static Optional<KeycloakDirectory.Person> person(AccountState state, PersonalDataVault vault) {
        UserInvited invited = state.invited();
        Optional<String> username = vault.open(invited.username());
        Optional<String> email = vault.open(invited.email());
        Optional<String> first = vault.open(invited.firstName());
        Optional<String> last = vault.open(invited.lastName());
        if (username.isEmpty() || email.isEmpty() || first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeycloakDirectory.Person(username.get(), email.get(), first.get(), last.get()));
    }
}
