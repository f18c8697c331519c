package nl.koers.training.catalogue.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.id.BoardId;

/** A catalogue entry as the API shows it; {@code boardId} null means the provider catalogue. */
public record CourseView(String courseId, String boardId, CourseKind kind, String title, String description,
                         String provider, Set<String> targetRoles, boolean lerarenregister, BigDecimal hours,
                         Instant publishedAt) {

    public CourseId id() {
        return CourseId.parse(courseId);
    }

    public Optional<BoardId> owner() {
        return Optional.ofNullable(boardId).map(BoardId::new);
    }

    /** Whether a caller of {@code board} (empty: no board, e.g. a platform admin) may see it. */
    public boolean visibleTo(Optional<BoardId> board) {
        return boardId == null || board.map(b -> b.value().equals(boardId)).orElse(false);
    }
}
