package nl.koers.training.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.contracts.training.TrainingEvent;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is staff of which school, as their own token says (ADR 0040). Every call to training-service refreshes the
 * caller's rows: a school that left the token leaves the roster at the person's next call. A coordinator can enrol a
 * colleague only when the roster places that colleague at the coordinator's school.
 */
@Component
public class StaffRoster {
    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final Clock clock;

    StaffRoster(JdbcTemplate jdbc, PersonalDataVault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    /** Records the caller at every school of their token (a board admin, holding no school list, is not staff). */
    public void saw(TenantScope scope) {
        if (scope.board().isEmpty()) {
            return;
        }
        String roles = scope.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(","));
        String user = scope.user().value();
        for (SchoolId school : scope.schools()) {
            jdbc.update("""
                    insert into training_member (user_id, board_id, school_id, roles, seen_at) values (?, ?, ?, ?, ?)
                    on conflict (user_id, school_id) do update set board_id = excluded.board_id,
                      roles = excluded.roles, seen_at = excluded.seen_at
                    where training_member.roles <> excluded.roles or training_member.board_id <> excluded.board_id""",
                    user, scope.board().get().value(), school.value(), roles, Timestamp.from(clock.instant()));
        }
        List<String> schools = scope.schools().stream().map(SchoolId::value).toList();
        jdbc.update("delete from training_member where user_id = ? and not (school_id = any (?))", user,
                schools.toArray(String[]::new));
    }

    /** Keeps the name a person gave (sealed under their key) so that their coordinator can enrol them by id. */
    public void named(UserId user, SealedText name) {
        jdbc.update("update training_member set name_subject = ?, name_sealed = ? where user_id = ?", name.subject(),
                name.ciphertext(), user.value());
    }

    public Optional<Member> member(UserId user, SchoolId school) {
        return jdbc.query("select * from training_member where user_id = ? and school_id = ?",
                (rs, n) -> new Member(new UserId(rs.getString("user_id")), new SchoolId(rs.getString("school_id")),
                        roles(rs.getString("roles")), sealed(rs.getString("name_subject"), rs.getString("name_sealed"))),
                user.value(), school.value()).stream().findFirst();
    }

    public boolean knownAnywhere(UserId user) {
        return !jdbc.queryForList("select school_id from training_member where user_id = ?", String.class,
                user.value()).isEmpty();
    }

    /** The school's staff with their names (empty when erased or never given), for a coordinator's enrol form. */
    public List<StaffMember> staffOf(SchoolId school) {
        return jdbc.query("select * from training_member where school_id = ? order by user_id", (rs, n) -> {
            Optional<SealedText> name = sealed(rs.getString("name_subject"), rs.getString("name_sealed"));
            return new StaffMember(rs.getString("user_id"), roles(rs.getString("roles")).stream().map(Role::claim)
                    .sorted().toList(), name.flatMap(vault::open).orElse(null));
        }, school.value());
    }

    public static String subject(UserId user) {
        return TrainingEvent.participantSubject(user);
    }

    private static Optional<SealedText> sealed(String subject, String text) {
        return subject == null ? Optional.empty() : Optional.of(new SealedText(subject, text));
    }

    private static Set<Role> roles(String claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(claims.split(",")).map(Role::fromClaim).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }

    public record Member(UserId user, SchoolId school, Set<Role> roles, Optional<SealedText> name) {
    }

    public record StaffMember(String userId, List<String> roles, String name) {
    }
}
