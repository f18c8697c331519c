package nl.koers.tenant.account.web;

import java.util.List;

/** The body of {@code POST /api/boards/{boardId}/users}; role as in tokens ({@code coordinator}). */
public record InviteUserRequest(String username, String email, String firstName, String lastName, String role,
                                List<String> schools) {
}
