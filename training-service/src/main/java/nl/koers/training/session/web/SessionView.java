package nl.koers.training.session.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import nl.koers.platform.id.BoardId;

/** A session as the API shows it: when, where, how many places are taken and left. No participant names. */
public record SessionView(String sessionId, String courseId, String boardId, String courseTitle, String kind,
                          String provider, boolean lerarenregister, BigDecimal hours, LocalDate date, LocalTime start,
                          LocalTime end, boolean online, String city, String venue, int capacity, int enrolled,
                          int waiting, int placesLeft, Instant enrolmentDeadline, boolean cancelled,
                          String cancelReason) {

    public boolean visibleTo(Optional<BoardId> board) {
        return boardId == null || board.map(b -> b.value().equals(boardId)).orElse(false);
    }
}
