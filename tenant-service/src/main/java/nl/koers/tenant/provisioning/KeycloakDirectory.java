package nl.koers.tenant.provisioning;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.koers.platform.tenant.Role;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak's Admin API as the tenant context needs it, every operation idempotent ("make it so"): a group that
 * exists is updated, a user that exists is adopted when it is the same person, roles and groups converge on the wanted
 * set. Group ids are cached by path, so a school costs one call. Thread-safe: several segments use it at once.
 */
public class KeycloakDirectory {
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private final Keycloak keycloak;
    private final String realmName;
    private final Map<String, String> groupIds = new ConcurrentHashMap<>();
    private final Map<String, RoleRepresentation> roles = new ConcurrentHashMap<>();

    public KeycloakDirectory(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realmName = realm;
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    /** The group at {@code path} (parents created as needed) with these attributes; returns its id. */
    public String ensureGroup(String path, Map<String, List<String>> attributes) {
        String cached = groupIds.get(path);
        if (cached != null) {
            if (!attributes.isEmpty()) {
                update(cached, attributes);
            }
            return cached;
        }
        int slash = path.lastIndexOf('/');
        String parent = path.substring(0, slash);
        GroupRepresentation group = new GroupRepresentation();
        group.setName(path.substring(slash + 1));
        group.setAttributes(attributes);
        String id;
        try (Response created = parent.isEmpty() ? realm().groups().add(group)
                : realm().groups().group(ensureGroup(parent, Map.of())).subGroup(group)) {
            if (created.getStatus() == 201) {
                String location = created.getLocation().getPath();
                id = location.substring(location.lastIndexOf('/') + 1);
            } else if (created.getStatus() == 409) {
                id = realm().getGroupByPath(path).getId();
                if (!attributes.isEmpty()) {
                    update(id, attributes);
                }
            } else {
                throw new ClientErrorException("creating group " + path, created.getStatus());
            }
        }
        groupIds.put(path, id);
        return id;
    }

    private void update(String id, Map<String, List<String>> attributes) {
        GroupRepresentation current = realm().groups().group(id).toRepresentation();
        Map<String, List<String>> merged = new HashMap<>(current.getAttributes() == null ? Map.of() : current.getAttributes());
        merged.putAll(attributes);
        if (!merged.equals(current.getAttributes())) {
            current.setAttributes(merged);
            realm().groups().group(id).update(current);
        }
    }

    public Optional<GroupRepresentation> group(String path) {
        try {
            return Optional.of(realm().getGroupByPath(path));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The person's wanted state; names and e-mail only ever live here and, sealed, in the events. */
    public record Person(String username, String email, String firstName, String lastName) {
    }

    public sealed interface Existing {
        record Created(String id) implements Existing {
        }

        record Taken(String reason) implements Existing {
        }
    }

    /**
     * Creates the user with UPDATE_PASSWORD (no mail: the invitation link sets the password), or adopts an existing
     * user with the same user name <em>and</em> e-mail (an earlier attempt of this very provisioning). A user name
     * held by someone else is reported, not retried.
     */
    public Existing createOrAdopt(Person person) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(person.username());
        user.setEmail(person.email());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEnabled(true);
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        try (Response created = realm().users().create(user)) {
            if (created.getStatus() == 201) {
                String location = created.getLocation().getPath();
                return new Existing.Created(location.substring(location.lastIndexOf('/') + 1));
            }
            if (created.getStatus() != 409) {
                throw new ClientErrorException("creating a user", created.getStatus());
            }
        }
        return realm().users().searchByUsername(person.username(), true).stream()
                .filter(u -> person.email().equalsIgnoreCase(u.getEmail()))
                .<Existing>map(u -> new Existing.Created(u.getId())).findFirst()
                .orElse(new Existing.Taken("the user name or e-mail address is taken in the identity provider"));
    }

    /** Converges the user's Koers realm roles and board/school groups on the wanted ones (others are left alone). */
    public void converge(String userId, Set<Role> wantedRoles, Set<String> wantedGroupPaths) {
        UserResource user = realm().users().get(userId);
        Set<String> koersRoles = java.util.Arrays.stream(Role.values()).map(Role::claim).collect(Collectors.toSet());
        Set<String> wanted = wantedRoles.stream().map(Role::claim).collect(Collectors.toSet());
        Set<String> current = user.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName)
                .filter(koersRoles::contains).collect(Collectors.toSet());
        List<RoleRepresentation> add = wanted.stream().filter(r -> !current.contains(r)).map(this::role).toList();
        List<RoleRepresentation> remove = current.stream().filter(r -> !wanted.contains(r)).map(this::role).toList();
        if (!add.isEmpty()) {
            user.roles().realmLevel().add(add);
        }
        if (!remove.isEmpty()) {
            user.roles().realmLevel().remove(remove);
        }
        Map<String, String> groups = user.groups(0, 1000, false).stream()
                .filter(g -> g.getPath() != null && g.getPath().startsWith("/boards/"))
                .collect(Collectors.toMap(GroupRepresentation::getPath, GroupRepresentation::getId));
        for (String path : wantedGroupPaths) {
            if (!groups.containsKey(path)) {
                user.joinGroup(ensureGroup(path, Map.of()));
            }
        }
        List<String> leave = new ArrayList<>();
        groups.forEach((path, id) -> {
            if (!wantedGroupPaths.contains(path)) {
                leave.add(id);
            }
        });
        leave.forEach(user::leaveGroup);
    }

    /** Sets a permanent password and clears UPDATE_PASSWORD: what the invitation link does for its invitee. */
    public void setPassword(String userId, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        UserResource user = realm().users().get(userId);
        user.resetPassword(credential);
        UserRepresentation representation = user.toRepresentation();
        representation.setRequiredActions(List.of());
        user.update(representation);
    }

    private RoleRepresentation role(String name) {
        return roles.computeIfAbsent(name, n -> realm().roles().get(n).toRepresentation());
    }
}
