package nl.koers.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.koers.contracts.KoersContracts;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.test.TenantFixtures;

/** Events exactly as incident-service publishes them, for feeding the projection directly. */
final class PublishedEvents {
    static final CloudEventCodec CODEC = new CloudEventCodec(KoersContracts.eventTypes());
    /**
     * A deadline, not a wait: a context that starts late in the test JVM first catches up on every event the earlier
     * test classes published (they share the broker), which takes long on a loaded machine.
     */
    static final Duration CATCH_UP = Duration.ofSeconds(120);

    private PublishedEvents() {
    }

    /** @return the CloudEvents JSON of a new IncidentReported for the school, keyed by its incident id */
    static String incidentReported(String board, String school, Category category, String incidentId) {
        IncidentReported event = new IncidentReported(new IncidentId(UUID.fromString(incidentId)), new BoardId(board),
                new SchoolId(school), Instant.now().minusSeconds(600), Instant.now(), Location.CLASSROOM, category,
                Severity.LOW, new SealedText("incident/" + incidentId + "/description", "c2VhbGVk"), new UserId("staff"));
        return CODEC.encode(new CloudEvent(UUID.randomUUID().toString(), "koers/incident-service",
                EventTypes.typeName(IncidentReported.class), incidentId, Instant.now(), board, school, "staff", event));
    }

    static void send(String kafka, String key, String value) {
        TenantFixtures.send(kafka, "koers.incident.events", key, value);
    }
}
