package nl.koers.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.contracts.EnvelopeRoundTripTest;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.Severity;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import nl.koers.platform.test.TestTokens;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildIT {
    // A board and schools of this test alone: the other test classes read the same topics.
    static final String BOARD = "41009";
    static final List<String> SCHOOLS = List.of("19RB00", "19RC00", "19RD00");
    /** A second board: a rebuild splits the boards among two readers (ADR 0064), and both must be replayed. */
    static final String OTHER_BOARD = "41010";
    static final String OTHER_SCHOOL = "19RE00";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "projection_rebuild");
        // Small chunks and a fold of five rows: an incident's events span chunks and its group leaves memory between
        // them, so rows are folded and copied, and the writes to groups that left run as SQL after their copy (ADR 0063).
        registry.add("koers.projection.rebuild-chunk", () -> "7");
        registry.add("koers.projection.rebuild-rows", () -> "5");
        // Few writes held back for the keys: the rebuilt tables get them in the middle of the replay (ADR 0065).
        registry.add("koers.projection.rebuild-deferred", () -> "20");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<ReadModel> readModels;

    /**
     * A history with every published event type (the contracts' samples, moved to this test's board and school) and
     * 300 reports over three schools.
     */
    @BeforeAll
    static void history(@Autowired SchoolDirectory directory, @Autowired JdbcTemplate jdbc) {
        TenantFixtures.onboardAndAwait(directory, BOARD, SCHOOLS.toArray(String[]::new));
        TenantFixtures.onboardAndAwait(directory, OTHER_BOARD, OTHER_SCHOOL);
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        int sent = 0;
        for (Object sample : EnvelopeRoundTripTest.SAMPLES) {
            String id = UUID.randomUUID().toString();
            String json = PublishedEvents.CODEC.encode(new CloudEvent(id, "koers/test",
                    EventTypes.typeName(sample.getClass()), id, Instant.now(), "41001", "12AB00", "u-1", sample));
            send(EventTypes.topic(sample.getClass()), id, json.replace("41001", BOARD).replace("12AB00", SCHOOLS.get(0)));
            sent++;
        }
        Category[] categories = Category.values();
        for (int i = 0; i < 300; i++) {
            String id = UUID.randomUUID().toString();
            String school = SCHOOLS.get(i % SCHOOLS.size());
            String event = PublishedEvents.incidentReported(BOARD, school, categories[i % categories.length], id);
            PublishedEvents.send(TestKafka.bootstrapServers(), id, event);
            if (i % 50 == 0) {
                PublishedEvents.send(TestKafka.bootstrapServers(), id, event); // redelivered: must count once
            }
            sent++;
            if (i % 10 == 0) {
                sent += lifecycle(new IncidentId(UUID.fromString(id)), school, i);
            }
        }
        for (int i = 0; i < 60; i++) {
            String id = UUID.randomUUID().toString();
            PublishedEvents.send(TestKafka.bootstrapServers(), id, PublishedEvents.incidentReported(OTHER_BOARD,
                    OTHER_SCHOOL, categories[i % categories.length], id));
            sent++;
        }
        long expected = before + sent;
        await().atMost(PublishedEvents.CATCH_UP).until(
                () -> jdbc.queryForObject("select count(*) from audit_entry", Long.class) >= expected);
    }

    /**
     * Corrections, closes, reopens and the duty to report on one incident, at times with nanoseconds (half a
     * microsecond included): a rebuild folds them into one row or replays them live, and must store the same values.
     */
    static int lifecycle(IncidentId incident, String school, int i) {
        BoardId board = new BoardId(BOARD);
        SchoolId at = new SchoolId(school);
        Instant time = Instant.parse("2026-11-20T10:15:00.000000500Z").plusNanos(i * 1_001L);
        UserId coordinator = new UserId("coord");
        List<Object> events = new ArrayList<>(List.of(
                new IncidentCorrected(incident, board, at, time.minusSeconds(86_400L * i), null,
                        i % 20 == 0 ? Category.WEAPONS : null, i % 30 == 0 ? Severity.HIGH : null, null, null,
                        coordinator, time),
                new ReportToInspectorRequired(incident, board, at, Category.WEAPONS, time.plusSeconds(86_400)),
                new IncidentClosed(incident, board, at, time.plusSeconds(3_600L * i), coordinator, null)));
        if (i % 20 == 0) {
            events.add(new IncidentReopened(incident, board, at, time.plusSeconds(7_200L * i), coordinator, null));
            events.add(new ReportToInspectorRecorded(incident, board, at, time.plusNanos(499), false, coordinator,
                    time));
        }
        if (i % 40 == 0) {
            events.add(new IncidentClosed(incident, board, at, time.plusSeconds(9_000L * i), coordinator, null));
        }
        for (Object data : events) {
            String key = incident.value().toString();
            PublishedEvents.send(TestKafka.bootstrapServers(), key, PublishedEvents.CODEC.encode(new CloudEvent(
                    UUID.randomUUID().toString(), "koers/incident-service", EventTypes.typeName(data.getClass()), key,
                    Instant.now(), BOARD, school, "coord", data)));
        }
        return events.size();
    }

    static void send(String topic, String key, String value) {
        TenantFixtures.send(TestKafka.bootstrapServers(), topic, key, value);
    }

    @Test
    void a_rebuild_of_a_history_with_every_event_type_equals_the_live_read_models() {
        String before = dashboard("19RB00");
        List<String> schema = readModelCatalog();

        String rebuild = runRebuild();

        assertThat(rebuild).contains("\"status\":\"SWITCHED\"", "\"equalToLive\":true", "\"incident_state\":0",
                "\"plan_topic\":0",
                "\"incident_school_month\":0", "\"incident_close_time\":0", "\"monitor_scale\":0",
                "\"training_coverage\":0", "\"erased_subject\":0");
        long events = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(rebuild).contains("\"appliedEvents\":" + events);
        assertThat(dashboard("19RB00")).isEqualTo(before);
        // The rebuilt tables took the live ones' place as Flyway made them: columns, constraints, indexes, triggers
        // under the same names, logged (ADR 0062).
        assertThat(readModelCatalog()).isEqualTo(schema).contains("index incident_state incident_state_pkey "
                + "CREATE UNIQUE INDEX incident_state_pkey ON public.incident_state USING btree (incident_id)")
                .anyMatch(line -> line.startsWith("trigger incident_state incident_counters"));
    }

    @Test
    void after_a_rebuild_the_live_intake_keeps_the_switched_tables_and_their_counters() {
        runRebuild();
        String before = dashboard("19RB00");

        String id = UUID.randomUUID().toString();
        PublishedEvents.send(TestKafka.bootstrapServers(), id, PublishedEvents.incidentReported(BOARD, "19RB00",
                Category.BULLYING, id));

        await().atMost(PublishedEvents.CATCH_UP).until(() -> !dashboard("19RB00").equals(before));
        assertThat(jdbc.queryForObject("select sum(reported) from incident_school_month where school_id = '19RB00'",
                Long.class)).isEqualTo(jdbc.queryForObject("select count(*) from incident_state where school_id = "
                + "'19RB00'", Long.class));
    }

    /**
     * A fold copies rows by the read models' own declaration of their tables (ADR 0063): each must name the live
     * table's columns in order, with their types, no defaults it would skip, and its primary key.
     */
    @Test
    void every_table_a_read_model_declares_has_the_live_tables_columns_types_and_primary_key() throws Exception {
        Map<String, String> types = Map.of("varchar", "character varying", "timestamptz", "timestamp with time zone");
        List<Table> declared = new ArrayList<>();
        for (ReadModel model : readModels) {
            for (Field field : AopUtils.getTargetClass(model).getDeclaredFields()) {
                if (field.getType() == Table.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    declared.add((Table) field.get(null));
                }
            }
        }
        assertThat(declared).extracting(Table::name).containsExactlyInAnyOrder("incident_state", "plan_topic",
                "plan_action_point", "plan_duty", "monitor_round", "monitor_scale", "monitor_reminder",
                "training_coverage", "erased_subject");
        for (Table table : declared) {
            List<String> live = jdbc.queryForList("""
                    select column_name || ' ' || data_type || coalesce(' default ' || column_default, '')
                    from information_schema.columns where table_schema = 'public' and table_name = ?
                    order by ordinal_position""", String.class, table.name());
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                columns.add(table.columns().get(i) + " " + types.getOrDefault(table.types().get(i), table.types().get(i)));
            }
            assertThat(columns).as(table.name()).isEqualTo(live);
            assertThat(table.key()).as(table.name()).isEqualTo(jdbc.queryForList("""
                    select a.attname from pg_index x join unnest(x.indkey) with ordinality k(attnum, n) on true
                    join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
                    where x.indrelid = ?::regclass and x.indisprimary order by k.n""", String.class,
                    "public." + table.name()));
        }
    }

    /** Each read-model table's columns, constraints, indexes, triggers and persistence, one line each. */
    private List<String> readModelCatalog() {
        return jdbc.queryForList("""
                select 'column ' || c.relname || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                  || case when a.attnotnull then ' not null' else '' end || ' ' || a.attnum
                from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                union all
                select 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public'
                union all
                select 'index ' || tablename || ' ' || indexname || ' ' || indexdef from pg_indexes
                where schemaname = 'public'
                union all
                select 'trigger ' || c.relname || ' ' || t.tgname || ' ' || pg_get_triggerdef(t.oid)
                from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and not t.tgisinternal
                union all
                select 'persistence ' || c.relname || ' ' || c.relpersistence::text from pg_class c
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'
                order by 1""", String.class);
    }

    @Test
    void a_rebuild_restores_a_damaged_read_model_and_reports_the_rows_that_differed() {
        String before = dashboard("19RC00");
        jdbc.update("update incident_state set category = 'WEAPONS' where incident_id = (select incident_id from"
                + " incident_state where school_id = '19RC00' and category = 'BULLYING' limit 1)");
        assertThat(dashboard("19RC00")).isNotEqualTo(before);

        String rebuild = runRebuild();

        // The damaged row differs both ways (live has it, the rebuild has the right one).
        assertThat(rebuild).contains("\"status\":\"SWITCHED\"", "\"equalToLive\":false", "\"incident_state\":2");
        assertThat(dashboard("19RC00")).isEqualTo(before);
    }

    @Test
    void only_a_platform_admin_rebuilds_and_a_second_rebuild_while_one_runs_is_a_conflict() {
        String url = "http://127.0.0.1:" + port + "/api/platform/projections/rebuilds";
        String boardAdmin = TestTokens.issuer().token("admin", BOARD, List.of(), "board-admin");
        assertThat(Http.post(url, boardAdmin, "").status()).isEqualTo(403);
        assertThat(Http.get(url + "/" + UUID.randomUUID(), platformAdmin()).status()).isEqualTo(404);
        assertThat(Http.get(url + "/not-a-uuid", platformAdmin()).status()).isEqualTo(400);

        UUID running = UUID.randomUUID();
        jdbc.update("insert into projection_rebuild (id, requested_by, status, started_at, total_events, applied_events)"
                + " values (?, 'other', 'RUNNING', now(), 0, 0)", running);
        try {
            Http.Response second = Http.post(url, platformAdmin(), "");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.contentType()).startsWith("application/problem+json");
        } finally {
            jdbc.update("delete from projection_rebuild where id = ?", running);
        }
    }

    private String runRebuild() {
        String url = "http://127.0.0.1:" + port + "/api/platform/projections/rebuilds";
        Http.Response started = Http.post(url, platformAdmin(), "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body()).contains("\"status\":\"RUNNING\"", "\"totalEvents\":");
        String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        await().atMost(PublishedEvents.CATCH_UP).until(() -> !Http.get(url + "/" + id, platformAdmin()).body()
                .contains("\"status\":\"RUNNING\""));
        return Http.get(url + "/" + id, platformAdmin()).body();
    }

    private String dashboard(String school) {
        String token = TestTokens.issuer().token("coord", BOARD, List.of(school), "coordinator");
        Http.Response response = Http.get("http://127.0.0.1:" + port + "/api/schools/" + school + "/dashboard", token);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static String platformAdmin() {
        return TestTokens.issuer().token("operator", null, List.of(), "platform-admin");
    }
}
