package nl.koers.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.incident.Category;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit trail: every event once, hash-chained per board; any edit or deletion is found and named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIT {
    static final String BOARD = "41006";
    static final String SCHOOL = "16AA00";
    static final String OTHER_BOARD = "41007";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "projection_audit");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    final List<String> events = new java.util.ArrayList<>();

    @BeforeAll
    void threeIncidentsOneDuplicated() {
        String kafka = TestKafka.bootstrapServers();
        String record = UUID.randomUUID().toString();
        for (Category category : List.of(Category.BULLYING, Category.SEXTING, Category.OTHER)) {
            String event = PublishedEvents.incidentReported(BOARD, SCHOOL, category, record);
            events.add(event);
            PublishedEvents.send(kafka, record, event);
        }
        PublishedEvents.send(kafka, record, events.get(1)); // redelivered
        await().atMost(PublishedEvents.CATCH_UP).until(() -> entries() >= 3);
        PublishedEvents.send(kafka, record, PublishedEvents.incidentReported(OTHER_BOARD, "17AA00", Category.OTHER,
                UUID.randomUUID().toString()));
        await().atMost(PublishedEvents.CATCH_UP).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where board_id = ?", Long.class, OTHER_BOARD) == 1);
    }

    long entries() {
        return jdbc.queryForObject("select count(*) from audit_entry where board_id = ?", Long.class, BOARD);
    }

    String auditor(String board) {
        return TestTokens.issuer().token("auditor-" + board, board, List.of(), "auditor");
    }

    Http.Response get(String path, String token) {
        return Http.get("http://127.0.0.1:" + port + "/api/boards/" + BOARD + "/audit" + path, token);
    }

    @Test
    void every_event_of_the_board_is_in_the_trail_once_in_order_with_who_what_when_where() {
        assertThat(entries()).isEqualTo(3);
        Http.Response trail = get("", auditor(BOARD));
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("\"seq\":1", "\"seq\":3", "\"eventType\":\"nl.koers.incident.IncidentReported.v1\"",
                "\"schoolId\":\"" + SCHOOL + "\"", "\"actor\":\"staff\"").doesNotContain("\"seq\":4", "17AA00");
        assertThat(get("?type=nl.koers.incident.IncidentReported.v1&school=" + SCHOOL + "&size=2", auditor(BOARD)).body())
                .contains("\"seq\":2").doesNotContain("\"seq\":3");
    }

    @Test
    void the_untouched_chain_verifies() {
        assertThat(get("/verify", auditor(BOARD)).body()).contains("\"valid\":true", "\"entries\":3");
    }

    @Test
    void altering_a_stored_entry_fails_verification_and_names_the_first_broken_entry() {
        String original = jdbc.queryForObject("select payload from audit_entry where board_id = ? and seq = 2",
                String.class, BOARD);
        try {
            jdbc.update("update audit_entry set payload = replace(payload, 'SEXTING', 'OTHER') where board_id = ? and seq = 2",
                    BOARD);
            assertThat(get("/verify", auditor(BOARD)).body()).contains("\"valid\":false", "\"firstBrokenSeq\":2",
                    "content does not match its hash");
        } finally {
            jdbc.update("update audit_entry set payload = ? where board_id = ? and seq = 2", original, BOARD);
        }
        assertThat(get("/verify", auditor(BOARD)).body()).contains("\"valid\":true");
    }

    @Test
    void deleting_an_entry_fails_verification() {
        var last = jdbc.queryForMap("select * from audit_entry where board_id = ? and seq = 3", BOARD);
        try {
            jdbc.update("delete from audit_entry where board_id = ? and seq = 3", BOARD);
            assertThat(get("/verify", auditor(BOARD)).body()).contains("\"valid\":false", "\"firstBrokenSeq\":3");
        } finally {
            jdbc.update("""
                    insert into audit_entry (board_id, seq, event_id, event_type, record_id, school_id, actor, occurred_at,
                      payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    last.get("board_id"), last.get("seq"), last.get("event_id"), last.get("event_type"),
                    last.get("record_id"), last.get("school_id"), last.get("actor"), last.get("occurred_at"),
                    last.get("payload"), last.get("prev_hash"), last.get("hash"));
        }
    }

    @Test
    void the_export_carries_the_chain_hashes_as_csv_and_json_lines() {
        Http.Response csv = get("/export?format=csv", auditor(BOARD));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("seq,event_id,event_type");
        String hash = jdbc.queryForObject("select hash from audit_entry where board_id = ? and seq = 3", String.class, BOARD);
        assertThat(lines[3]).contains(hash);
        Http.Response jsonl = get("/export?format=jsonl", auditor(BOARD));
        assertThat(jsonl.body().split("\n")).hasSize(3).allSatisfy(line -> assertThat(line).contains("\"hash\":\""));
        assertThat(get("/export?format=xml", auditor(BOARD)).status()).isEqualTo(400);
    }

    @Test
    void an_auditor_of_another_board_gets_nothing_and_staff_may_not_read_the_trail() {
        for (String path : List.of("", "/verify", "/export?format=csv", "/export?format=jsonl")) {
            Http.Response other = get(path, auditor(OTHER_BOARD));
            assertThat(other.status()).as(path).isEqualTo(404);
            assertThat(other.body()).doesNotContain(SCHOOL, "seq");
            String staff = TestTokens.issuer().token("staff", BOARD, List.of(SCHOOL), "staff");
            assertThat(get(path, staff).status()).as(path).isEqualTo(403);
        }
    }
}
