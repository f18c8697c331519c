package nl.koers.tenant.board.web;

/** The body of {@code POST /api/platform/boards}. */
public record OnboardBoardRequest(String boardId, String name, FirstAdmin firstAdmin) {
    public record FirstAdmin(String username, String email, String firstName, String lastName) {
    }
}
