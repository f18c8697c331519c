package nl.koers.projection.rebuild;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.id.BoardId;
import nl.koers.projection.audit.AuditEntry;
import nl.koers.projection.audit.AuditTrail;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelLock;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Replay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes every read model from the full history into fresh tables, then switches them in atomically.
 *
 * <p>The history is the audit trail: every event the projection ever accepted, once, in per-board order, hash-chained
 * (ADR 0009). The replay writes into a schema of its own ({@code rebuild_…}, first on the transaction's search path,
 * so the read models' unqualified SQL lands there) in batches while the intake goes on. The switch then takes the
 * read-model lock exclusively, catches up what arrived meanwhile, compares the rebuilt tables with the live ones row
 * for row ({@code EXCEPT ALL} both ways), and replaces the live rows in the same transaction: readers see the old
 * models until the commit and the rebuilt ones after it, never a mix.
 */
@Service
public class Rebuilds {
    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail trail;
    private final CloudEventCodec codec;
    private final List<ReadModel> readModels;
    private final ReadModelLock lock;
    private final ReadModelWrites writes;
    /** Events per replay transaction, and at most this many collected writes before a flush (ADR 0051, 0054). */
    private final int chunkSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("rebuild").factory());
    private final ExecutorService reader = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("rebuild-reader").factory());

    Rebuilds(JdbcTemplate jdbc, TransactionTemplate transaction, AuditTrail trail, CloudEventCodec codec,
            List<ReadModel> readModels, ReadModelLock lock, ReadModelWrites writes,
            @Value("${koers.projection.rebuild-chunk:10000}") int chunkSize) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.trail = trail;
        this.codec = codec;
        this.readModels = readModels;
        this.lock = lock;
        this.writes = writes;
        this.chunkSize = chunkSize;
    }

    /** Starts a rebuild in the background; a second one while the first runs is a conflict. */
    public Rebuild start(String requestedBy) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.update("""
                    insert into projection_rebuild (id, requested_by, status, started_at, total_events, applied_events)
                    values (?, ?, 'RUNNING', now(), ?, 0)""", id, requestedBy, trail.size());
        } catch (DuplicateKeyException running) {
            throw new Conflict("rebuild", "a rebuild is already running; follow it or wait until it has switched over");
        }
        worker.submit(() -> run(id));
        return find(id).orElseThrow();
    }

    public Optional<Rebuild> find(UUID id) {
        return jdbc.query("select * from projection_rebuild where id = ?", (rs, row) -> new Rebuild(
                (UUID) rs.getObject("id"), rs.getString("status"), rs.getString("requested_by"),
                rs.getTimestamp("started_at").toInstant(), instant(rs.getTimestamp("finished_at")),
                rs.getLong("total_events"), rs.getLong("applied_events"), (Boolean) rs.getObject("equal_to_live"),
                differences(rs.getString("differences")), rs.getString("failure")), id).stream().findFirst();
    }

    /** A rebuild cut off by a restart cannot resume its half-filled schema: it is marked failed and cleaned up. */
    @EventListener(ApplicationReadyEvent.class)
    void abandonInterrupted() {
        jdbc.update("update projection_rebuild set status = 'FAILED', finished_at = now(), "
                + "failure = 'interrupted by a restart of the service; start a new rebuild' where status = 'RUNNING'");
        jdbc.queryForList("select schema_name from information_schema.schemata where schema_name like 'rebuild\\_%'",
                String.class).forEach(schema -> jdbc.execute("drop schema if exists " + schema + " cascade"));
    }

    private void run(UUID id) {
        String schema = "rebuild_" + id.toString().replace("-", "");
        try {
            long started = System.nanoTime();
            createTables(schema);
            Map<String, Long> replayed = replay(id, schema);
            long replayedAt = System.nanoTime();
            Map<String, Long> differences = transaction.execute(tx -> switchOver(id, schema, replayed));
            LOG.info("rebuild {} switched over (replay {} ms, catch-up, comparison and switch {} ms); differences to "
                    + "the live read models: {}", id, (replayedAt - started) / 1_000_000,
                    (System.nanoTime() - replayedAt) / 1_000_000, differences);
        } catch (RuntimeException e) {
            LOG.error("rebuild {} failed", id, e);
            jdbc.update("update projection_rebuild set status = 'FAILED', finished_at = now(), failure = ? where id = ?",
                    e.getClass().getSimpleName() + ": " + e.getMessage(), id);
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private void createTables(String schema) {
        transaction.executeWithoutResult(tx -> {
            jdbc.execute("create schema " + schema);
            // Unlogged (a rebuild cut off by a crash is abandoned anyway, so its tables need no WAL) and with only the
            // unique indexes the read models' upserts and keyed updates need; the rest serve dashboards, not a replay.
            for (String table : tables()) {
                jdbc.execute("create unlogged table " + schema + "." + table + " (like public." + table
                        + " including all excluding indexes)");
                for (String using : jdbc.queryForList("select substring(pg_get_indexdef(indexrelid) from ' USING .*') "
                        + "from pg_index where indrelid = ?::regclass and indisunique", String.class, "public." + table)) {
                    jdbc.execute("create unique index on " + schema + "." + table + using);
                }
            }
        });
    }

    /**
     * Replays the trail as it stands, chunk by chunk; answers the last replayed position per board. Reading and
     * decoding the next chunk (its own connection, on a second thread) overlaps with writing the current one: the
     * database and the JSON parsing each keep a core busy instead of taking turns.
     */
    private Map<String, Long> replay(UUID id, String schema) {
        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);
        Future<?> reading = reader.submit(() -> read(chunks));
        try {
            Map<String, Long> replayed = new HashMap<>();
            List<Replay> replays = readModels.stream().map(ReadModel::replay).toList();
            while (true) {
                Chunk chunk = next(chunks, reading);
                if (chunk.events().isEmpty()) {
                    return replayed;
                }
                transaction.executeWithoutResult(tx -> {
                    jdbc.execute("set local search_path to " + schema + ", public");
                    writes.batched(() -> {
                        chunk.events().forEach(event -> replays.forEach(replay -> replay.apply(event)));
                        return null;
                    });
                    // After the collected writes: a folded row is new in the rebuild's tables (Replay, ADR 0054).
                    jdbc.execute((ConnectionCallback<Void>) connection -> {
                        for (Replay replay : replays) {
                            replay.flush(connection);
                        }
                        return null;
                    });
                    jdbc.update("update public.projection_rebuild set applied_events = applied_events + ? where id = ?",
                            chunk.events().size(), id);
                });
                chunk.last().forEach((board, seq) -> replayed.merge(board, seq, Math::max));
            }
        } finally {
            reading.cancel(true);
        }
    }

    /** Decoded events of one chunk and the last position per board in it; no events marks the end of the trail. */
    private record Chunk(List<CloudEvent> events, Map<String, Long> last) {
    }

    private void read(BlockingQueue<Chunk> chunks) {
        String board = "";
        long seq = 0;
        try {
            while (true) {
                List<AuditEntry> entries = trail.after(board, seq, chunkSize);
                Map<String, Long> last = new HashMap<>();
                entries.forEach(entry -> last.merge(entry.boardId(), entry.seq(), Math::max));
                chunks.put(new Chunk(entries.stream().map(this::event).toList(), last));
                if (entries.isEmpty()) {
                    return;
                }
                board = entries.getLast().boardId();
                seq = entries.getLast().seq();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // the replay failed or finished: nobody takes chunks any more
        }
    }

    /** The next chunk, or the reader's failure as soon as it failed. */
    private static Chunk next(BlockingQueue<Chunk> chunks, Future<?> reading) {
        try {
            while (true) {
                Chunk chunk = chunks.poll(1, TimeUnit.SECONDS);
                if (chunk != null) {
                    return chunk;
                }
                if (reading.isDone()) {
                    reading.get(); // throws what the reader threw
                    throw new IllegalStateException("the reader of the audit trail stopped before its end");
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        }
    }

    private Map<String, Long> switchOver(UUID id, String schema, Map<String, Long> replayed) {
        lock.exclusive();
        jdbc.execute("set local search_path to " + schema + ", public");
        long caughtUp = 0;
        for (String board : trail.boards()) {
            List<AuditEntry> missing = trail.beyond(board, replayed.getOrDefault(board, 0L));
            replay(missing);
            caughtUp += missing.size();
        }
        derive();
        long compared = System.nanoTime();
        Map<String, Long> differences = new LinkedHashMap<>();
        for (String table : tables()) {
            differences.put(table, jdbc.queryForObject("""
                    select count(*) from ((select * from public.%1$s except all select * from %2$s.%1$s)
                    union all (select * from %2$s.%1$s except all select * from public.%1$s)) d"""
                    .formatted(table, schema), Long.class));
        }
        long copied = System.nanoTime();
        for (String table : tables()) {
            // Indexes that back no constraint are built once after the copy instead of row by row during it: faster,
            // and the same definitions under the same names (all inside this transaction, so all or nothing).
            Map<String, String> indexes = new LinkedHashMap<>();
            jdbc.query("""
                    select indexname, indexdef from pg_indexes i where schemaname = 'public' and tablename = ?
                      and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.'
                        || quote_ident(i.indexname))::regclass)""",
                    rs -> {
                        indexes.put(rs.getString(1), rs.getString(2));
                    }, table);
            indexes.keySet().forEach(index -> jdbc.execute("drop index public." + index));
            jdbc.execute("truncate public." + table);
            // The derived tables are copied as they are: a trigger counting the copied rows again would double them.
            // TRUNCATE holds the table's exclusive lock already, so switching its triggers off blocks nobody more.
            jdbc.execute("alter table public." + table + " disable trigger user");
            jdbc.execute("insert into public." + table + " select * from " + schema + "." + table);
            jdbc.execute("alter table public." + table + " enable trigger user");
            indexes.values().forEach(jdbc::execute);
        }
        LOG.info("rebuild {}: caught up {} events, compared in {} ms, copied in {} ms", id, caughtUp,
                (copied - compared) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
        boolean equal = differences.values().stream().allMatch(d -> d == 0);
        jdbc.update("""
                update public.projection_rebuild set status = 'SWITCHED', finished_at = now(),
                  applied_events = applied_events + ?, equal_to_live = ?, differences = ?::jsonb where id = ?""",
                caughtUp, equal, JsonMapper.builder().build().writeValueAsString(differences), id);
        return differences;
    }

    /**
     * Runs a query against the read models as they stood at a past moment: every read-model table is shadowed by an
     * empty temporary copy (PostgreSQL searches the session's temporary schema first), the history of the board — or
     * of one school — up to that moment is replayed into it, and the query runs on the same code as the live
     * dashboard. The copies are dropped at commit; live tables are never touched.
     */
    public <T> T asOf(String board, String school, Instant moment, Supplier<T> query) {
        return transaction.execute(tx -> {
            for (String table : tables()) {
                jdbc.execute("create temporary table " + table + " (like public." + table + " including all)"
                        + " on commit drop");
            }
            int[] collected = {0};
            writes.batched(() -> {
                trail.forEach(new BoardId(board), new AuditTrail.Query(school, null, null, null, null,
                        moment.plusNanos(1_000)), entry -> {
                            apply(entry);
                            if (++collected[0] % chunkSize == 0) {
                                writes.flush();
                            }
                        });
                return null;
            });
            derive();
            return query.get();
        });
    }

    /** Fills the derived tables from the replayed ones (the search path names where), as the live triggers would. */
    private void derive() {
        readModels.forEach(model -> model.derivation().ifPresent(jdbc::execute));
    }

    /** Applies the entries in order, their writes collected and flushed in batches. */
    private void replay(List<AuditEntry> entries) {
        writes.batched(() -> {
            entries.forEach(this::apply);
            return null;
        });
    }

    private void apply(AuditEntry entry) {
        CloudEvent event = event(entry);
        readModels.forEach(model -> model.apply(event));
    }

    private CloudEvent event(AuditEntry entry) {
        return new CloudEvent(entry.eventId(), "koers-audit-trail", entry.eventType(), entry.recordId(),
                entry.occurredAt(), entry.boardId(), entry.schoolId(), entry.actor(),
                codec.decodeData(entry.eventType(), entry.payload()));
    }

    private List<String> tables() {
        return readModels.stream().flatMap(model -> model.tables().stream()).sorted().toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> differences(String json) {
        if (json == null) {
            return null;
        }
        Map<String, Long> result = new LinkedHashMap<>();
        JsonMapper.builder().build().readValue(json, Map.class).forEach((k, v) -> result.put((String) k,
                ((Number) v).longValue()));
        return result;
    }
}
