package nl.koers.tenant.account.web;

import java.util.List;

/** The body of {@code POST /api/boards/{boardId}/users/{userId}/roles}. */
public record RoleRequest(String role, List<String> schools) {
}
