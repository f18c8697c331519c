package nl.koers.projection.intake;

import java.sql.Connection;
import java.sql.SQLException;
import nl.koers.platform.events.CloudEvent;

/**
 * A read model's part in one rebuild (ADR 0054). By default the events go to the read model's live code, whose writes
 * the rebuild collects and batches per chunk; a read model may instead fold a chunk's events per key in memory and
 * write the rows in bulk. It must end with exactly the rows the live code would give.
 */
public interface Replay {
    void apply(CloudEvent event);

    /**
     * At the end of each chunk, after the chunk's collected writes: writes what was folded, on the rebuild's connection
     * (its schema first on the search path).
     */
    default void flush(Connection connection) throws SQLException {
    }
}
