package nl.koers.tenant.board;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.koers.contracts.tenant.BoardOnboarded;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A school board, the tenant. Onboarded once; its schools and people are aggregates of their own. */
@Aggregate
public class Board {
    public static final int MAX_NAME = 200;

    @AggregateIdentifier
    private BoardId id;

    protected Board() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OnboardBoard command) {
        if (id != null) {
            throw new Conflict("boardId", "board " + command.boardId() + " is already onboarded");
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInput("name", "is required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInput("name", "at most " + MAX_NAME + " characters");
        }
        apply(new BoardOnboarded(command.boardId(), name));
    }

    @EventSourcingHandler
    void on(BoardOnboarded event) {
        this.id = event.boardId();
    }
}
