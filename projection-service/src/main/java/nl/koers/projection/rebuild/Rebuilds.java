package nl.koers.projection.rebuild;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
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
import nl.koers.projection.intake.Fold;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelLock;
import nl.koers.projection.intake.ReadModelWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes every read model from the full history into fresh tables, then switches them in atomically.
 *
 * <p>The history is the audit trail: every event the projection ever accepted, once, in per-board order, hash-chained
 * (ADR 0009). The replay writes into a schema of its own ({@code rebuild_…}, first on the transaction's search path,
 * so the read models' unqualified SQL lands there) in batches while the intake goes on. The switch then takes the
 * read-model lock exclusively, catches up what arrived meanwhile, compares the rebuilt tables with the live ones row
 * for row ({@code EXCEPT ALL} both ways), and puts the rebuilt tables in the live ones' place in the same transaction
 * (ADR 0062): readers see the old models until the commit and the rebuilt ones after it, never a mix.
 */
@Service
public class Rebuilds {
    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /** Readers of the trail, each over its own boards, each decoding what it reads (ADR 0064). */
    private static final int READERS = 2;
    /** Entries of the trail that may wait for a predecessor while it is read as stored (ADR 0064): about 10 MB. */
    private static final int OUT_OF_ORDER_WINDOW = 20_000;
    /** The reader's: one read-only transaction around the cursor over the whole trail. */
    private final TransactionTemplate readOnly;
    private final AuditTrail trail;
    private final CloudEventCodec codec;
    private final List<ReadModel> readModels;
    private final ReadModelLock lock;
    private final ReadModelWrites writes;
    /** Events per replay transaction and per chunk a reader hands on (ADR 0051, 0063). */
    private final int chunkSize;
    /**
     * Read-model rows a rebuild folds in memory before the oldest leave it (ADR 0063). With chunks of 2,500 events,
     * most rows leave before a young collection would promote them; a fold of 100,000 rows and chunks of 10,000 kept
     * the service's 384 MB heap in full collections for a third of the rebuild.
     */
    private final int foldRows;
    /**
     * Writes the fold could not keep in memory that wait for the tables' constraints (ADR 0065); beyond this many the
     * constraints are built at once and the writes run, as later ones do, at the end of their chunk.
     */
    private final int deferredWrites;
    /** Where a rebuild's time went, per phase, for the log: the reader's and the writer's work overlap. */
    private final Phases phases = new Phases();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("rebuild").factory());
    private final ExecutorService reader = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("rebuild-reader-", 0).factory());
    private final ExecutorService preparer = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("rebuild-prepare-", 0).daemon().factory());

    Rebuilds(JdbcTemplate jdbc, TransactionTemplate transaction, AuditTrail trail, CloudEventCodec codec,
            List<ReadModel> readModels, ReadModelLock lock, ReadModelWrites writes,
            @Value("${koers.projection.rebuild-chunk:2500}") int chunkSize,
            @Value("${koers.projection.rebuild-rows:50000}") int foldRows,
            @Value("${koers.projection.rebuild-deferred:100000}") int deferredWrites) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        // The reader's queries (the boards' first entries, the scan, a read by seq after it) see one trail.
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.trail = trail;
        this.codec = codec;
        this.readModels = readModels;
        this.lock = lock;
        this.writes = writes;
        this.chunkSize = chunkSize;
        this.foldRows = foldRows;
        this.deferredWrites = deferredWrites;
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
            phases.drain(); // what a failed rebuild left
            long started = System.nanoTime();
            createTables(schema);
            Map<String, Long> replayed = replay(id, schema);
            long replayedAt = System.nanoTime();
            prepare(schema);
            long preparedAt = System.nanoTime();
            Map<String, Long> differences = transaction.execute(tx -> switchOver(id, schema, replayed));
            LOG.info("rebuild {} switched over (replay {} ms, preparing the tables {} ms, catch-up, comparison and "
                    + "switch {} ms; per phase {}); differences to the live read models: {}", id,
                    (replayedAt - started) / 1_000_000, (preparedAt - replayedAt) / 1_000_000,
                    (System.nanoTime() - preparedAt) / 1_000_000, phases.drain(), differences);
        } catch (RuntimeException e) {
            LOG.error("rebuild {} failed", id, e);
            jdbc.update("update projection_rebuild set status = 'FAILED', finished_at = clock_timestamp(), failure = ? "
                    + "where id = ?",
                    e.getClass().getSimpleName() + ": " + e.getMessage(), id);
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /**
     * Fresh tables for the replay, made like the live ones: same columns, defaults and checks. Logged from the start:
     * with every row written once by {@code COPY} (ADR 0063), its WAL costs less than {@code set logged} rewriting the
     * tables afterwards. Without indexes: a copy into a table with a primary key of random uuids maintains it row by
     * row, three times the work of building it afterwards ({@link #constrain}, ADR 0065).
     */
    private void createTables(String schema) {
        transaction.executeWithoutResult(tx -> {
            jdbc.execute("create schema " + schema);
            for (String table : tables()) {
                jdbc.execute("create table " + schema + "." + table + " (like public." + table
                        + " including all excluding indexes)");
            }
        });
    }

    /**
     * Gives the replayed tables the live ones' constraints and unique indexes under the same names (the writes the fold
     * could not keep in memory need them): once the rows are copied, or earlier when too many such writes wait.
     */
    private void constrain(String schema) {
        for (String table : tables()) {
            String fresh = schema + "." + table;
            jdbc.query("""
                    select conname, pg_get_constraintdef(oid) from pg_constraint
                    where conrelid = ?::regclass and conindid <> 0 order by conname""",
                    rs -> {
                        jdbc.execute("alter table " + fresh + " add constraint " + rs.getString(1) + " "
                                + rs.getString(2));
                    }, "public." + table);
            liveIndexes(table, true).forEach(definition -> jdbc.execute(inSchema(definition, schema)));
        }
    }

    /**
     * Makes the replayed tables what the live ones are, outside the switch's lock so the intake waits for none of it:
     * with the live indexes and triggers under their names, counted for the planner, and with the derived tables
     * filled. The switch then only moves them. Catch-up after this runs through the triggers, as the
     * intake does.
     */
    private void prepare(String schema) {
        // Two at a time, each its own transaction: a derivation, and the indexes of each table, are each one backend's
        // work, so one after the other they left a core idle. The derived tables' own indexes and statistics follow.
        List<String> derived = readModels.stream().flatMap(model -> model.derivedTables().stream()).toList();
        List<Runnable> first = new ArrayList<>();
        readModels.forEach(model -> model.derivations().forEach(sql -> first.add(() -> {
            long started = System.nanoTime();
            jdbc.execute("set local work_mem = '128MB'"); // its GROUP BY over every incident hashes in memory
            jdbc.execute(sql);
            phases.add("prepare: deriving", started);
        })));
        tables().stream().filter(table -> !derived.contains(table)).forEach(table -> first.add(
                () -> finish(schema, table)));
        inParallel(schema, first);
        inParallel(schema, derived.stream().<Runnable>map(table -> () -> finish(schema, table)).toList());
    }

    /** Runs the tasks two at a time, each in its own transaction with the rebuild's schema first on the path. */
    private void inParallel(String schema, List<Runnable> tasks) {
        List<Future<?>> running = tasks.stream().<Future<?>>map(task -> preparer.submit(
                () -> transaction.executeWithoutResult(tx -> {
                    jdbc.execute("set local search_path to " + schema + ", public");
                    task.run();
                }))).toList();
        try {
            for (Future<?> task : running) {
                task.get();
            }
        } catch (ExecutionException e) {
            running.forEach(task -> task.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        }
    }

    /** One replayed table as the live one is: its other indexes and triggers under their names, then statistics. */
    private void finish(String schema, String table) {
        long started = System.nanoTime();
        liveIndexes(table, false).forEach(definition -> jdbc.execute(inSchema(definition, schema)));
        jdbc.queryForList("""
                select pg_get_triggerdef(oid) from pg_trigger where tgrelid = ?::regclass and not tgisinternal
                order by tgname""", String.class, "public." + table)
                .forEach(definition -> jdbc.execute(inSchema(definition, schema)));
        started = phases.add("prepare: indexes and triggers", started);
        jdbc.execute("analyze " + schema + "." + table);
        phases.add("prepare: analyzing", started);
    }

    /** The definitions of the live table's indexes that back no constraint: the unique ones, or the others. */
    private List<String> liveIndexes(String table, boolean unique) {
        return jdbc.queryForList("""
                select pg_get_indexdef(x.indexrelid) from pg_index x join pg_class i on i.oid = x.indexrelid
                where x.indrelid = ?::regclass and x.indisunique = ?
                  and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
                order by i.relname""", String.class, "public." + table, unique);
    }

    /** A live table's {@code CREATE INDEX} or {@code CREATE TRIGGER}, pointed at its fresh copy in the schema. */
    private static String inSchema(String definition, String schema) {
        String moved = definition.replaceFirst(" ON public\\.", " ON " + schema + ".");
        if (moved.equals(definition)) {
            throw new IllegalStateException("unexpected definition of a read-model table's index or trigger: "
                    + definition);
        }
        return moved;
    }

    /**
     * Replays the trail as it stands, chunk by chunk; answers the last replayed position per board. The writes fold in
     * memory and leave it as rows to copy (ADR 0063); a chunk's transaction copies what left and runs the writes that
     * could not fold. Two readers, each over its own boards on its own connection (ADR 0064), read and decode the next
     * chunks while the current one is folded: the database and the JSON parsing keep the cores busy instead of taking
     * turns.
     */
    private Map<String, Long> replay(UUID id, String schema) {
        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);
        List<Future<?>> reading = readers(trail.lastSeqs()).stream()
                .<Future<?>>map(boards -> reader.submit(() -> read(boards, chunks))).toList();
        int ended = 0;
        try {
            Map<String, Long> replayed = new HashMap<>();
            Fold fold = new Fold(foldRows);
            fold.startDeferring(); // the tables have no keys yet (ADR 0065)
            while (true) {
                long waited = System.nanoTime();
                Chunk chunk = next(chunks, reading);
                phases.add("waiting for the reader", waited);
                if (chunk.events().isEmpty() && ++ended < reading.size()) {
                    continue; // one reader reached the end of its boards; the others go on
                }
                boolean end = chunk.events().isEmpty();
                long committing = transaction.execute(tx -> {
                    jdbc.execute("set local search_path to " + schema + ", public");
                    writes.folded(fold, () -> {
                        long applied = System.nanoTime();
                        chunk.events().forEach(event -> readModels.forEach(model -> model.apply(event)));
                        if (end) {
                            fold.evictAll();
                        }
                        long copied = phases.add("folding", applied);
                        jdbc.execute((ConnectionCallback<Void>) connection -> {
                            fold.copy(connection);
                            return null;
                        });
                        long flushed = phases.add("copying rows that left memory", copied);
                        if (fold.deferring() && (end || fold.deferred() > deferredWrites)) {
                            constrain(schema);
                            flushed = phases.add("constraints", flushed);
                            fold.stopDeferring().forEach(writes::run);
                        }
                        writes.flush();
                        phases.add("writes that could not fold", flushed);
                        return null;
                    });
                    jdbc.update("update public.projection_rebuild set applied_events = applied_events + ? where id = ?",
                            chunk.events().size(), id);
                    return System.nanoTime();
                });
                phases.add("committing", committing);
                if (end) {
                    LOG.info("rebuild {} replayed: {}", id, fold);
                    return replayed;
                }
                chunk.last().forEach((board, seq) -> replayed.merge(board, seq, Math::max));
            }
        } finally {
            reading.forEach(read -> read.cancel(true));
        }
    }

    /** The boards each reader reads; an empty trail still has one reader, whose end of the trail ends the replay. */
    static List<Set<String>> readers(Map<String, Long> sizes) {
        List<Set<String>> parts = partition(sizes, READERS);
        return parts.isEmpty() ? List.of(Set.of()) : parts;
    }

    /**
     * The boards in {@code parts} sets of about equal history (by their last seq), largest first: each set is read by
     * its own reader, so PostgreSQL sending one set's rows overlaps with the other's being decoded (ADR 0064).
     */
    static List<Set<String>> partition(Map<String, Long> sizes, int parts) {
        List<Set<String>> sets = new ArrayList<>();
        long[] totals = new long[parts];
        for (int i = 0; i < parts; i++) {
            sets.add(new HashSet<>());
        }
        sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(board -> {
            int smallest = 0;
            for (int i = 1; i < parts; i++) {
                smallest = totals[i] < totals[smallest] ? i : smallest;
            }
            sets.get(smallest).add(board.getKey());
            totals[smallest] += board.getValue();
        });
        return sets.stream().filter(set -> !set.isEmpty()).toList();
    }

    /** Time spent per phase, summed over the chunks (nanoseconds); reset per rebuild (one runs at a time). */
    private static final class Phases {
        private final Map<String, Long> nanos = new ConcurrentHashMap<>();

        /** Adds the time since {@code since} to the phase; answers now, the start of whatever follows. */
        long add(String phase, long since) {
            long now = System.nanoTime();
            nanos.merge(phase, now - since, Long::sum);
            return now;
        }

        /** The phases in milliseconds, and starts afresh. */
        String drain() {
            Map<String, Long> millis = new TreeMap<>();
            nanos.forEach((phase, n) -> millis.put(phase, n / 1_000_000));
            nanos.clear();
            return millis.toString();
        }
    }

    /** Decoded events of one chunk and the last position per board in it; no events marks the end of the trail. */
    private record Chunk(List<CloudEvent> events, Map<String, Long> last) {
    }

    private void read(Set<String> boards, BlockingQueue<Chunk> chunks) {
        List<AuditTrail.Stored> entries = new ArrayList<>(chunkSize);
        long[] queried = {System.nanoTime()};
        try {
            readOnly.executeWithoutResult(tx -> trail.streamStored(chunkSize, OUT_OF_ORDER_WINDOW, boards, entry -> {
                entries.add(entry);
                if (entries.size() == chunkSize) {
                    queried[0] = hand(chunks, entries, queried[0]);
                }
            }));
            if (!entries.isEmpty()) {
                hand(chunks, entries, queried[0]);
            }
            hand(chunks, entries, System.nanoTime()); // no events: the end of the trail
        } catch (Stopped stopped) {
            Thread.currentThread().interrupt(); // the replay failed or finished: nobody takes chunks any more
        }
    }

    /** Decodes the entries read so far and hands them to the writer as one chunk; answers when it was taken. */
    private long hand(BlockingQueue<Chunk> chunks, List<AuditTrail.Stored> entries, long queried) {
        long decoded = phases.add("reader: querying", queried);
        Map<String, Long> last = new HashMap<>();
        entries.forEach(entry -> last.merge(entry.boardId(), entry.seq(), Math::max));
        List<CloudEvent> events = entries.stream().map(this::event).toList();
        entries.clear();
        long handed = phases.add("reader: decoding", decoded);
        try {
            chunks.put(new Chunk(events, last));
        } catch (InterruptedException e) {
            throw new Stopped(); // ends the query (and rolls its transaction back) from inside the row callback
        }
        return phases.add("reader: waiting for the writer", handed);
    }

    /** The writer stopped taking chunks. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The next chunk, or a reader's failure as soon as it failed. */
    private static Chunk next(BlockingQueue<Chunk> chunks, List<Future<?>> reading) {
        try {
            while (true) {
                Chunk chunk = chunks.poll(1, TimeUnit.SECONDS);
                if (chunk != null) {
                    return chunk;
                }
                for (Future<?> read : reading) {
                    if (read.isDone()) {
                        read.get(); // throws what the reader threw; a reader that ended has handed its end marker
                    }
                }
                if (reading.stream().allMatch(Future::isDone) && chunks.isEmpty()) {
                    throw new IllegalStateException("the readers of the audit trail stopped before their end");
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
        jdbc.execute("set local work_mem = '128MB'"); // the comparison's EXCEPT ALL, in memory: the lock is held
        long caughtUp = 0;
        for (String board : trail.boards()) {
            List<AuditEntry> missing = trail.beyond(board, replayed.getOrDefault(board, 0L));
            replay(missing);
            caughtUp += missing.size();
        }
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
            // The rebuilt table takes the live one's place; prepare() gave it the same constraints, indexes and
            // triggers under the same names. No CASCADE: should anything ever depend on a read-model table, the
            // switch fails and rolls back instead of dropping it silently.
            jdbc.execute("drop table public." + table);
            jdbc.execute("alter table " + schema + "." + table + " set schema public");
        }
        LOG.info("rebuild {}: caught up {} events, compared in {} ms, switched in {} ms", id, caughtUp,
                (copied - compared) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
        boolean equal = differences.values().stream().allMatch(d -> d == 0);
        jdbc.update("""
                update public.projection_rebuild set status = 'SWITCHED', finished_at = clock_timestamp(),
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
        readModels.forEach(model -> model.derivations().forEach(jdbc::execute));
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

    private CloudEvent event(AuditTrail.Stored entry) {
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
