package nl.koers.gateway.me;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is logged in, as the services will see it: the access token's user, board, schools and Koers roles.
 *
 * @param board   the board id, null for a platform admin
 * @param schools the school ids, empty for board-level users (a board admin has every school of the board)
 * @param roles   the Koers roles only (Keycloak's technical roles left out)
 */
public record Me(User user, String board, List<String> schools, List<String> roles) {
    static final Set<String> KOERS_ROLES =
            Set.of("platform-admin", "board-admin", "coordinator", "staff", "confidential-adviser", "auditor");

    public record User(String username, String name) {
    }

    static Me fromClaims(Map<String, Object> claims) {
        return new Me(new User(text(claims.get("preferred_username")), text(claims.get("name"))),
                text(claims.get("board_id")),
                strings(claims.get("school_ids")),
                strings(claims.get("roles")).stream().filter(KOERS_ROLES::contains).sorted().toList());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) return list.stream().map(Object::toString).sorted().toList();
        if (value != null) return List.of(value.toString());
        return List.of();
    }
}
