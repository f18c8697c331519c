package nl.koers.platform.events;

import java.util.Map;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/**
 * The metadata every command carries and its events inherit (Axon correlation data): the CloudEvents extensions
 * {@code boardid}, {@code schoolid} and {@code actor} are read from here by the publisher.
 */
public final class EventMetaData {
    public static final String BOARD = "boardId";
    public static final String SCHOOL = "schoolId";
    public static final String ACTOR = "actor";

    private EventMetaData() {
    }

    public static Map<String, String> of(BoardId board, SchoolId school, UserId actor) {
        return Map.of(BOARD, board.value(), SCHOOL, school.value(), ACTOR, actor.value());
    }

    /** For commands about a board as a whole (no school): the event then carries no {@code schoolid}. */
    public static Map<String, String> of(BoardId board, UserId actor) {
        return Map.of(BOARD, board.value(), ACTOR, actor.value());
    }
}
