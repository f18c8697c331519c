package nl.koers.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.KoersContracts;
import nl.koers.contracts.tenant.Sector;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.SchoolDirectory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Onboards schools the way the tenant context does: by publishing {@code SchoolOnboarded} on its topic. */
public final class TenantFixtures {
    private static final CloudEventCodec CODEC = new CloudEventCodec(KoersContracts.eventTypes());

    private TenantFixtures() {
    }

    public static void onboardSchool(String bootstrap, String board, String school, int pupils) {
        SchoolOnboarded event = new SchoolOnboarded(new BoardId(board), new SchoolId(school), "School " + school,
                Sector.PO, "Utrecht", pupils);
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), "koers/test-fixtures",
                EventTypes.typeName(SchoolOnboarded.class), board, Instant.now(), board, school, "test", event);
        send(bootstrap, EventTypes.topic(SchoolOnboarded.class), board, CODEC.encode(envelope));
    }

    /** Onboards the schools of one board and waits until the service's directory knows every one of them. */
    public static void onboardAndAwait(SchoolDirectory directory, String board, String... schools) {
        String kafka = TestKafka.bootstrapServers();
        for (String school : schools) {
            onboardSchool(kafka, board, school, 250);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays.stream(schools)
                .allMatch(school -> directory.boardOf(new SchoolId(school)).isPresent()));
    }

    public static void send(String bootstrap, String topic, String key, String value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }
}
