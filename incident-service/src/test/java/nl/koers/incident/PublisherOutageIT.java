package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.koers.platform.publish.KafkaEventPublisher;
import nl.koers.platform.test.TcpGate;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event store is the outbox: a report succeeds without a broker and is published once the broker is back. */
class PublisherOutageIT {

    @Test
    void a_report_made_while_kafka_is_down_is_stored_and_published_when_the_broker_is_back() {
        String kafka = TestKafka.bootstrapServers();
        try (TcpGate gate = new TcpGate(kafka);
             RunningIncidentService service = RunningIncidentService.start("incident_outage", gate.address())) {
            String id = service.report();

            JdbcTemplate jdbc = service.context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, id)).isEqualTo(1);
            KafkaEventPublisher publisher = service.context.getBean(KafkaEventPublisher.class);
            await("the publisher fails while the broker is away").atMost(Duration.ofSeconds(30))
                    .until(() -> publisher.failedBatches() > 0);
            assertThat(published(kafka, id, Duration.ZERO)).isZero();

            gate.open();
            await("published after the broker is back").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> published(kafka, id, Duration.ZERO) > 0);
            assertThat(published(kafka, id, Duration.ofSeconds(2))).isEqualTo(1);
        }
    }

    private static long published(String kafka, String id, Duration quiet) {
        return TopicReader.read(kafka, "koers.incident.events", 0, quiet, Duration.ofSeconds(5)).stream()
                .filter(r -> id.equals(r.key())).count();
    }
}
