package nl.koers.projection.rebuild;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A rebuild as reported to the operator: progress while it runs ({@code appliedEvents} of {@code totalEvents} at the
 * start; events arriving meanwhile are caught up at the switch), then whether the rebuilt read models equalled the
 * live ones, with the number of differing rows per table when they did not.
 */
public record Rebuild(UUID id, String status, String requestedBy, Instant startedAt, Instant finishedAt,
                      long totalEvents, long appliedEvents, Boolean equalToLive, Map<String, Long> differences,
                      String failure) {
    public static final String RUNNING = "RUNNING";
    public static final String SWITCHED = "SWITCHED";
    public static final String FAILED = "FAILED";
}
