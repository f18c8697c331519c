package nl.koers.platform.events;

import java.time.Instant;

/**
 * The envelope of every event on Kafka (CloudEvents 1.0, structured JSON). {@code data} is the event record from
 * {@code contracts}; {@code boardid}, {@code schoolid} and {@code actor} are extension attributes so that consumers can
 * scope and audit without reading the payload.
 */
public record CloudEvent(String id, String source, String type, String subject, Instant time,
                         String boardId, String schoolId, String actor, Object data) {
}
