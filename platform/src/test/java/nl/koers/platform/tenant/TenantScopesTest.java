package nl.koers.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TenantScopesTest {

    /** The shape Keycloak issues for the realm in deploy/keycloak (observed on a real token). */
    private static Jwt keycloakToken(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("8c1d-user")
                .issuer("http://localhost:18080/realms/koers").audience(List.of("koers-api", "account"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(jwt::claim);
        return jwt.build();
    }

    @Test
    void staff_scope_is_read_from_board_school_and_role_claims_ignoring_keycloak_default_roles() {
        TenantScope scope = TenantScopes.from(keycloakToken(Map.of("board_id", "41001", "school_ids", List.of("12AB00"),
                "roles", List.of("default-roles-koers", "offline_access", "staff", "uma_authorization"))));
        assertThat(scope.board()).contains(new BoardId("41001"));
        assertThat(scope.schools()).containsExactly(new SchoolId("12AB00"));
        assertThat(scope.roles()).containsExactly(Role.STAFF);
    }

    @Test
    void a_board_admin_without_school_ids_covers_every_school_of_its_board_and_none_of_another() {
        TenantScope admin = TenantScopes.from(keycloakToken(Map.of("board_id", "41001", "roles", List.of("board-admin"))));
        assertThat(admin.schools()).isEmpty();
        assertThat(admin.covers(new BoardId("41001"), new SchoolId("12AC00"))).isTrue();
        assertThat(admin.covers(new BoardId("41002"), new SchoolId("13BA00"))).isFalse();
    }

    @Test
    void staff_covers_only_the_schools_in_its_token() {
        TenantScope staff = TenantScopes.from(keycloakToken(Map.of("board_id", "41001", "school_ids", List.of("12AB00"),
                "roles", List.of("staff"))));
        assertThat(staff.covers(new BoardId("41001"), new SchoolId("12AB00"))).isTrue();
        assertThat(staff.covers(new BoardId("41001"), new SchoolId("12AC00"))).isFalse();
    }

    @Test
    void malformed_claims_grant_nothing() {
        TenantScope scope = TenantScopes.from(keycloakToken(Map.of("board_id", "not-a-board",
                "school_ids", List.of("12ab00", "x"), "roles", "staff")));
        assertThat(scope.board()).isEmpty();
        assertThat(scope.schools()).isEmpty();
        assertThat(scope.roles()).isEqualTo(Set.of(Role.STAFF));
        assertThat(scope.covers(new BoardId("41001"), new SchoolId("12AB00"))).isFalse();
    }

    @Test
    void ids_refuse_malformed_values_naming_the_field() {
        assertThatThrownBy(() -> new SchoolId("12ab00")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("schoolId");
        assertThatThrownBy(() -> new BoardId("4100")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("boardId");
    }
}
