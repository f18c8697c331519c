package nl.koers.platform.tenant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import org.junit.jupiter.api.Test;

class BoardAccessTest {
    private static final BoardId A = new BoardId("41001");
    private static final BoardId B = new BoardId("41002");

    private static TenantScope scope(BoardId board, Role role) {
        return new TenantScope(new UserId("u"), Optional.ofNullable(board), Set.of(), Set.of(role));
    }

    @Test
    void the_own_board_with_an_allowed_role_passes() {
        assertThatCode(() -> BoardAccess.require(scope(A, Role.BOARD_ADMIN), A, Set.of(Role.BOARD_ADMIN)))
                .doesNotThrowAnyException();
    }

    @Test
    void another_board_answers_not_found_whatever_the_role() {
        assertThatThrownBy(() -> BoardAccess.require(scope(A, Role.BOARD_ADMIN), B, Set.of(Role.BOARD_ADMIN)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> BoardAccess.require(scope(null, Role.PLATFORM_ADMIN), B, Set.of(Role.PLATFORM_ADMIN)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_own_board_with_a_role_not_allowed_is_forbidden() {
        assertThatThrownBy(() -> BoardAccess.require(scope(A, Role.STAFF), A, Set.of(Role.BOARD_ADMIN)))
                .isInstanceOf(Forbidden.class);
    }
}
