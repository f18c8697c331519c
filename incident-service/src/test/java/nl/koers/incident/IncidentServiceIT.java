package nl.koers.incident;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTracing;
import nl.koers.platform.test.TopicReader;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service on real PostgreSQL and Kafka, with a clock the test controls and the schedulers off (the tests
 * run the jobs). Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"koers.incident.retention-job=-", "koers.incident.report-deadline-job=-"})
@Import({IncidentServiceIT.Clocks.class, TestTracing.class})
abstract class IncidentServiceIT {
    static final String BOARD = "41001";
    static final String SCHOOL = "12AB00";
    static final String OTHER_SCHOOL = "12AC00";
    static final String OTHER_BOARD = "41002";
    static final String OTHER_BOARD_SCHOOL = "13BA00";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        ControlledClock controlledClock() {
            return new ControlledClock();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "incident_it");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ControlledClock clock;
    @Autowired
    EventStore events;
    @Autowired
    PersonalDataVault vault;
    IncidentApi api;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        TenantFixtures.onboardAndAwait(directory, BOARD, SCHOOL, OTHER_SCHOOL);
        TenantFixtures.onboardAndAwait(directory, OTHER_BOARD, OTHER_BOARD_SCHOOL);
    }

    @BeforeEach
    void api() {
        api = new IncidentApi(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String staff(String user) {
        return IncidentApi.token(user, BOARD, SCHOOL, "staff");
    }

    static String coordinator() {
        return IncidentApi.coordinator(BOARD, SCHOOL);
    }

    static String adviser() {
        return IncidentApi.token("adviser-1", BOARD, SCHOOL, "confidential-adviser");
    }

    String incident(String id) {
        return api.incidents(SCHOOL) + "/" + id;
    }

    /** Every stored event's payload and metadata as text, to search for plain text. */
    String eventStoreText() {
        return String.join("\n", jdbc.query("select payload, meta_data from domain_event_entry",
                (rs, row) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8)
                        + (rs.getBytes(2) == null ? "" : new String(rs.getBytes(2), java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** Every record on the incident topic as text, once it holds all the expected strings (ids, event types). */
    static String topicText(String... expected) {
        java.util.concurrent.atomic.AtomicReference<String> text = new java.util.concurrent.atomic.AtomicReference<>("");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    text.set(TopicReader.read(TestKafka.bootstrapServers(), "koers.incident.events", 1,
                            Duration.ofMillis(500), Duration.ofSeconds(5)).stream().map(r -> r.key() + " " + r.value())
                            .collect(java.util.stream.Collectors.joining("\n")));
                    return List.of(expected).stream().allMatch(text.get()::contains);
                });
        return text.get();
    }

    /** Every read model table of the service, row by row as text. */
    String readModelText() {
        return Stream.of("incident_summary", "incident_person", "incident_person_reference", "incident_legal_hold",
                        "incident_erasure_receipt", "incident_transfer")
                .flatMap(table -> jdbc.queryForList("select t::text from " + table + " t", String.class).stream())
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
