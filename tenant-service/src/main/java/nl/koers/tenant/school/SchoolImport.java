package nl.koers.tenant.school;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One upload of a board's school file, after validation. The import itself is event-sourced so that it survives a
 * restart: a started import that has not completed is resumed, and each school's onboarding is idempotent.
 */
@Aggregate
public class SchoolImport {
    @AggregateIdentifier
    private ImportId id;
    private BoardId board;
    private boolean completed;

    protected SchoolImport() {
        // for Axon
    }

    @CommandHandler
    public SchoolImport(StartSchoolImport command) {
        if (command.rows() == null || command.rows().isEmpty()) {
            throw new InvalidInput("file", "an import needs at least one school to onboard or update");
        }
        apply(new SchoolImportStarted(command.importId(), command.boardId(), command.rows(), command.skipped()));
    }

    @CommandHandler
    void handle(CompleteSchoolImport command) {
        if (completed) {
            return; // a resumed run that finishes again changes nothing
        }
        apply(new SchoolImportCompleted(id, board, command.errors()));
    }

    @EventSourcingHandler
    void on(SchoolImportStarted event) {
        this.id = event.importId();
        this.board = event.boardId();
    }

    @EventSourcingHandler
    void on(SchoolImportCompleted event) {
        this.completed = true;
    }
}
