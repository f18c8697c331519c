package nl.koers.deploy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.KoersContracts;
import nl.koers.contracts.tenant.BoardOnboarded;
import nl.koers.contracts.tenant.Sector;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The demo boards and schools of the local run, published once as tenant events, the way onboarding will publish
 * them; every service learns its school directory from these. They match the groups in deploy/keycloak.
 */
public final class DemoData {
    static final List<BoardOnboarded> BOARDS = List.of(
            new BoardOnboarded(new BoardId("41001"), "Stichting Koers Demo Noord"),
            new BoardOnboarded(new BoardId("41002"), "Stichting Koers Demo Zuid"));
    static final List<SchoolOnboarded> SCHOOLS = List.of(
            school("41001", "12AB00", "OBS De Regenboog", Sector.PO, "Groningen", 312),
            school("41001", "12AC00", "CBS Het Kompas", Sector.PO, "Assen", 228),
            school("41002", "13BA00", "SBO De Brug", Sector.SBO, "Breda", 141),
            school("41002", "13BB00", "Het Baken College", Sector.VO, "Tilburg", 1180));
    private static final String MARKER = "demo-tenants-published";

    private DemoData() {
    }

    public static void seed(String kafkaBootstrap, Path koersHome) {
        Path marker = koersHome.resolve(MARKER);
        if (Files.exists(marker)) {
            return; // a second start keeps the data and adds no duplicates to the history
        }
        CloudEventCodec codec = new CloudEventCodec(KoersContracts.eventTypes());
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (BoardOnboarded board : BOARDS) {
                send(producer, codec, board.boardId().value(), null, board);
            }
            for (SchoolOnboarded school : SCHOOLS) {
                send(producer, codec, school.boardId().value(), school.schoolId().value(), school);
            }
            producer.flush();
            Files.writeString(marker, Instant.now() + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("could not record that the demo data was published", e);
        }
    }

    private static void send(KafkaProducer<String, String> producer, CloudEventCodec codec, String board,
                             String school, Object event) {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), "koers/demo-data",
                EventTypes.typeName(event.getClass()), board, Instant.now(), board, school, "koers-demo", event);
        try {
            producer.send(new ProducerRecord<>(EventTypes.topic(event.getClass()), board, codec.encode(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish demo tenant event", e);
        }
    }

    private static SchoolOnboarded school(String board, String school, String name, Sector sector, String place,
                                          int pupils) {
        return new SchoolOnboarded(new BoardId(board), new SchoolId(school), name, sector, place, pupils);
    }
}
