package nl.koers.tenant.school.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.UserId;
import nl.koers.tenant.school.CompleteSchoolImport;
import nl.koers.tenant.school.ImportError;
import nl.koers.tenant.school.ImportId;
import nl.koers.tenant.school.SchoolRow;
import nl.koers.tenant.school.web.SchoolReadModel.ImportState;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs started imports in the background: one command per school, committed in chunks, a few chunks in parallel,
 * then completes the import with the rows that failed. An import still RUNNING when the service starts is run again
 * from the top: schools already applied change nothing, so a restart mid-import loses and doubles nothing.
 */
@Component
class ImportRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final long RETRY_SECONDS = 10;
    static final int CHUNK = 50;
    private final CommandGateway commands;
    private final SchoolReadModel schools;
    private final TransactionTemplate transaction;
    private final ExecutorService workers;
    private final ScheduledExecutorService imports = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("koers-school-import").daemon().factory());

    ImportRunner(CommandGateway commands, SchoolReadModel schools, TransactionTemplate transaction,
                 @Value("${koers.imports.workers:4}") int workers) {
        this.commands = commands;
        this.schools = schools;
        this.transaction = transaction;
        this.workers = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("koers-import-row-", 0).factory());
    }

    void start(ImportId id) {
        imports.execute(() -> run(id));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        schools.running().forEach(id -> {
            log.info("resuming school import {}", id);
            start(id);
        });
    }

    private void run(ImportId id) {
        try {
            ImportState state = schools.importState(id).orElseThrow();
            UserId actor = new UserId(state.startedBy());
            List<SchoolRow> rows = schools.rows(id);
            List<Callable<List<ImportError>>> tasks = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<SchoolRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                tasks.add(() -> onboard(state, actor, chunk));
            }
            List<ImportError> errors = new ArrayList<>();
            for (var result : workers.invokeAll(tasks)) {
                errors.addAll(result.get());
            }
            errors.sort(java.util.Comparator.comparingInt(ImportError::line));
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CompleteSchoolImport(id, errors))
                    .andMetaData(EventMetaData.of(state.boardId(), actor)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: resumed on the next start
        } catch (Exception e) {
            log.warn("school import {} interrupted, retrying in {} s", id, RETRY_SECONDS, e);
            imports.schedule(() -> run(id), RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * A chunk of schools in one transaction (one commit instead of {@value #CHUNK}); when any school of it breaks a rule,
     * the chunk rolls back and its schools are applied one by one, so only the offending rows fail.
     */
    private List<ImportError> onboard(ImportState state, UserId actor, List<SchoolRow> chunk) {
        try {
            transaction.executeWithoutResult(tx -> chunk.forEach(row -> send(state, actor, row)));
            return List.of();
        } catch (RuntimeException e) {
            return chunk.stream().map(row -> onboard(state, actor, row)).filter(java.util.Objects::nonNull).toList();
        }
    }

    private void send(ImportState state, UserId actor, SchoolRow row) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(row.onboardFor(state.boardId()))
                .andMetaData(EventMetaData.of(state.boardId(), row.schoolId(), actor)));
    }

    /** @return the row's error when the school cannot be applied (a rule), null when applied or already up to date */
    private ImportError onboard(ImportState state, UserId actor, SchoolRow row) {
        for (int attempt = 1; ; attempt++) {
            try {
                send(state, actor, row);
                return null;
            } catch (RuleViolation e) {
                return new ImportError(row.line(), "brin", e.getMessage());
            } catch (InvalidInput e) {
                return new ImportError(row.line(), e.field(), e.getMessage());
            } catch (ConcurrencyException e) {
                if (attempt == 3) {
                    throw e; // another writer keeps winning: the whole import is retried
                }
            }
        }
    }

    @Override
    public void close() {
        imports.shutdownNow();
        workers.shutdownNow();
    }
}
