package nl.koers.tenant.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.contracts.tenant.UserInvited;
import nl.koers.contracts.tenant.UserRoleGranted;
import nl.koers.contracts.tenant.UserRoleRevoked;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.test.InMemoryPersonalDataVault;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final AccountId ID = AccountId.generate();
    private static final BoardId BOARD = new BoardId("42001");
    private static final SchoolId SCHOOL = new SchoolId("21XY00");
    private static final SchoolId OTHER_SCHOOL = new SchoolId("21XZ00");
    private static final Profile PROFILE = new Profile("S.deJong", "s.dejong@linde.nl", "Sanne", "de Jong");
    private final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(vault);
    }

    private UserInvited invited(Role role, Set<SchoolId> schools) {
        SealedText sealed = vault.seal(Account.personalDataSubject(ID), "x");
        return new UserInvited(ID, BOARD, role, schools, sealed, sealed, sealed, sealed);
    }

    @Test
    void an_invited_persons_name_email_and_user_name_travel_sealed_under_the_accounts_own_key() {
        fixture.givenNoPriorActivity()
                .when(new InviteUser(ID, BOARD, PROFILE, Role.COORDINATOR, Set.of(SCHOOL)))
                .expectSuccessfulHandlerExecution();
        UserInvited event = (UserInvited) fixture.getEventStore().readEvents(ID.toString()).asStream()
                .findFirst().orElseThrow().getPayload();
        assertThat(event.role()).isEqualTo(Role.COORDINATOR);
        assertThat(event.schools()).containsExactly(SCHOOL);
        assertThat(event.toString()).doesNotContain("Sanne", "de Jong", "linde.nl", "s.dejong");
        assertThat(event.username().subject()).isEqualTo("account/" + ID);
        assertThat(vault.open(event.username())).contains("s.dejong"); // user names are lower case, as in Keycloak
        assertThat(vault.open(event.email())).contains("s.dejong@linde.nl");
        vault.erase(Account.personalDataSubject(ID));
        assertThat(vault.open(event.firstName())).isEmpty();
    }

    @Test
    void a_school_role_needs_at_least_one_school() {
        fixture.givenNoPriorActivity()
                .when(new InviteUser(ID, BOARD, PROFILE, Role.STAFF, Set.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_board_wide_role_names_no_schools() {
        fixture.givenNoPriorActivity()
                .when(new InviteUser(ID, BOARD, PROFILE, Role.BOARD_ADMIN, Set.of(SCHOOL)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_board_cannot_hand_out_platform_administration() {
        fixture.givenNoPriorActivity()
                .when(new InviteUser(ID, BOARD, PROFILE, Role.PLATFORM_ADMIN, Set.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_invitation_needs_a_real_email_address() {
        assertThatThrownBy(() -> new Profile("sanne", "not-an-address", "Sanne", "de Jong"))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("email");
    }

    @Test
    void a_role_is_granted_with_its_schools() {
        fixture.given(invited(Role.COORDINATOR, Set.of(SCHOOL)))
                .when(new GrantUserRole(ID, BOARD, Role.STAFF, Set.of(OTHER_SCHOOL)))
                .expectEvents(new UserRoleGranted(ID, BOARD, Role.STAFF, Set.of(OTHER_SCHOOL)));
    }

    @Test
    void granting_a_role_already_held_for_those_schools_changes_nothing() {
        fixture.given(invited(Role.COORDINATOR, Set.of(SCHOOL, OTHER_SCHOOL)))
                .when(new GrantUserRole(ID, BOARD, Role.COORDINATOR, Set.of(SCHOOL)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_role_held_is_revoked() {
        fixture.given(invited(Role.COORDINATOR, Set.of(SCHOOL)))
                .when(new RevokeUserRole(ID, BOARD, Role.COORDINATOR))
                .expectEvents(new UserRoleRevoked(ID, BOARD, Role.COORDINATOR));
    }

    @Test
    void revoking_a_role_not_held_changes_nothing() {
        fixture.given(invited(Role.COORDINATOR, Set.of(SCHOOL)), new UserRoleRevoked(ID, BOARD, Role.COORDINATOR))
                .when(new RevokeUserRole(ID, BOARD, Role.COORDINATOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_account_of_another_board_is_not_found() {
        fixture.given(invited(Role.COORDINATOR, Set.of(SCHOOL)))
                .when(new GrantUserRole(ID, new BoardId("42002"), Role.STAFF, Set.of(SCHOOL)))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
