package nl.koers.tenant.account.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.TenantScopes;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board's people as the board admin manages them: who, which roles at which schools, and whether the account
 * exists in Keycloak yet. {@code subject} is the Keycloak user id, the {@code sub} of the person's tokens: what other
 * services record as "who" (a training participant, an incident's reporter), so a page can put a name to it. Names
 * and e-mail addresses are opened from the account's sealed profile; an erased account shows without them.
 */
@RestController
class BoardPeople {
    private final AccountReadModel accounts;
    private final EventStore events;
    private final PersonalDataVault vault;

    BoardPeople(AccountReadModel accounts, EventStore events, PersonalDataVault vault) {
        this.accounts = accounts;
        this.events = events;
        this.vault = vault;
    }

    record RoleAt(String role, List<String> schools) {
    }

    record Person(String userId, String subject, String username, String name, String email, boolean erased,
                  List<RoleAt> roles, String provisioning) {
    }

    @GetMapping("/api/boards/{boardId}/users")
    List<Person> people(@PathVariable BoardId boardId) {
        BoardAccess.require(TenantScopes.current(), boardId, Accounts.MANAGERS);
        return accounts.ofBoard(boardId).stream().map(row -> {
            AccountState state = AccountState.fold(events, row.accountId());
            Optional<String> username = vault.open(state.invited().username());
            String name = vault.open(state.invited().firstName()).flatMap(first -> vault.open(state.invited().lastName())
                    .map(last -> first + " " + last)).orElse(null);
            List<RoleAt> roles = state.roles().entrySet().stream().map(e -> new RoleAt(e.getKey().claim(),
                    e.getValue().stream().map(SchoolId::value).sorted().toList())).toList();
            return new Person(row.accountId().toString(), row.keycloakId().orElse(null), username.orElse(null), name,
                    vault.open(state.invited().email()).orElse(null), username.isEmpty(), roles, row.provisioning());
        }).sorted(Comparator.comparing(Person::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))).toList();
    }
}
