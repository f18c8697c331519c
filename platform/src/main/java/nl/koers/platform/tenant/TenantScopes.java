package nl.koers.platform.tenant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the tenant scope from the JWT claims {@code board_id}, {@code school_ids} and {@code roles}. */
public final class TenantScopes {
    private TenantScopes() {
    }

    public static TenantScope current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            return from(token.getToken());
        }
        throw new Forbidden("no verified token");
    }

    public static TenantScope from(Jwt jwt) {
        Optional<BoardId> board = Optional.ofNullable(jwt.getClaimAsString("board_id"))
                .filter(s -> !s.isBlank()).flatMap(TenantScopes::board);
        Set<SchoolId> schools = new HashSet<>();
        for (String s : strings(jwt.getClaim("school_ids"))) {
            school(s).ifPresent(schools::add);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : strings(jwt.getClaim("roles"))) {
            Role.fromClaim(r).ifPresent(roles::add);
        }
        return new TenantScope(new UserId(jwt.getSubject()), board, schools, roles);
    }

    // A malformed claim value grants nothing, rather than failing the whole request.
    private static Optional<BoardId> board(String s) {
        try {
            return Optional.of(new BoardId(s));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<SchoolId> school(String s) {
        try {
            return Optional.of(new SchoolId(s));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
