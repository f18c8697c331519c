package nl.koers.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stopping the projection while events stream in loses nothing and counts nothing twice. */
class ProjectionRestartIT {
    static final int EVENTS = 2_000;
    static final String SCHOOL = "14CA00";

    @Test
    void after_a_restart_mid_stream_the_count_equals_the_number_of_reports() throws Exception {
        String kafka = TestKafka.bootstrapServers();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                String id = UUID.randomUUID().toString();
                producer.send(new ProducerRecord<>("koers.incident.events", id,
                        PublishedEvents.incidentReported("41003", SCHOOL, Category.BULLYING, id)));
            }
            producer.flush();
        }

        try (ConfigurableApplicationContext first = start(kafka)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> count(jdbc) > 0);
        } // stopped mid-stream: some events applied, the rest not yet
        try (ConfigurableApplicationContext second = start(kafka)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            long afterRestart = count(jdbc);
            assertThat(afterRestart).as("the first run stopped mid-stream").isLessThan(EVENTS);
            await().atMost(Duration.ofSeconds(120)).until(() -> count(jdbc) >= EVENTS);
            assertThat(count(jdbc)).isEqualTo(EVENTS);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where board_id = '41003'", Long.class))
                    .as("every event in the audit trail exactly once").isEqualTo(EVENTS);
        }
    }

    private static long count(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("select count(*) from incident_state where school_id = ?",
                Long.class, SCHOOL);
        return n == null ? 0 : n;
    }

    private static ConfigurableApplicationContext start(String kafka) {
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties("projection_restart", kafka));
        properties.put("server.port", "0");
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                nl.koers.projection.ProjectionServiceApplication.class).run(args);
        context.getBean(SchoolDirectory.class).register(new BoardId("41003"), new SchoolId(SCHOOL), "School", 100);
        return context;
    }
}
