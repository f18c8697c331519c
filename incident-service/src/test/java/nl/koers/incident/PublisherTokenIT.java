package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.platform.publish.KafkaEventPublisher;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TopicReader;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The publisher's position survives a restart: nothing already published is published again. */
class PublisherTokenIT {

    @Test
    void the_publisher_token_is_persistent_and_a_restart_republishes_nothing() {
        String kafka = TestKafka.bootstrapServers();
        List<String> before;
        try (RunningIncidentService first = RunningIncidentService.start("incident_restart", kafka)) {
            assertThat(first.context.getBean(TokenStore.class)).isInstanceOf(JpaTokenStore.class);
            before = List.of(first.report(), first.report(), first.report());
            awaitPublished(kafka, before);
            JdbcTemplate jdbc = first.context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = ? and token is not null",
                    Long.class, KafkaEventPublisher.PROCESSING_GROUP)).isPositive();
        }
        String after;
        try (RunningIncidentService second = RunningIncidentService.start("incident_restart", kafka)) {
            after = second.report();
            awaitPublished(kafka, List.of(after));
        }
        Map<String, Long> copies = TopicReader.read(kafka, "koers.incident.events", 4, Duration.ofSeconds(3),
                        Duration.ofSeconds(30)).stream()
                .map(r -> r.key()).filter(k -> before.contains(k) || k.equals(after))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies).hasSize(4).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
    }

    private static void awaitPublished(String kafka, List<String> ids) {
        // The whole topic each time (other tests of this JVM publish to the same broker), not just its first batch.
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.read(kafka, "koers.incident.events",
                ids.size(), Duration.ofMillis(500), Duration.ofSeconds(10)).stream().map(r -> r.key()).toList()
                .containsAll(ids));
    }
}
