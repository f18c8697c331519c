package nl.koers.tenant.school;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.koers.contracts.tenant.SchoolDetailsChanged;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A school location (BRIN + location number). Its id is global, so this aggregate is where "a school belongs to one
 * board" holds, whatever the read models say. Onboarding is idempotent: the same details again apply nothing.
 */
@Aggregate
public class School {
    @AggregateIdentifier
    private SchoolId id;
    private BoardId board;
    private Details details;

    protected School() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OnboardSchool command) {
        Details wanted = Details.of(command);
        if (id == null) {
            apply(new SchoolOnboarded(command.boardId(), command.schoolId(), wanted.name(), wanted.sector(),
                    wanted.municipality(), wanted.pupilCount()));
            return;
        }
        if (!board.equals(command.boardId())) {
            throw new RuleViolation("schoolId", "school " + id + " belongs to another board");
        }
        if (!wanted.equals(details)) {
            apply(new SchoolDetailsChanged(board, id, wanted.name(), wanted.sector(), wanted.municipality(),
                    wanted.pupilCount()));
        }
    }

    @EventSourcingHandler
    void on(SchoolOnboarded event) {
        this.id = event.schoolId();
        this.board = event.boardId();
        this.details = new Details(event.name(), event.sector(), event.municipality(), event.pupilCount());
    }

    @EventSourcingHandler
    void on(SchoolDetailsChanged event) {
        this.details = new Details(event.name(), event.sector(), event.municipality(), event.pupilCount());
    }

    private record Details(String name, Sector sector, String municipality, int pupilCount) {
        static Details of(OnboardSchool command) {
            if (command.name() == null || command.name().isBlank()) {
                throw new InvalidInput("name", "is required");
            }
            if (command.sector() == null) {
                throw new InvalidInput("sector", "is required");
            }
            if (command.municipality() == null || command.municipality().isBlank()) {
                throw new InvalidInput("municipality", "is required");
            }
            if (command.pupilCount() < 0) {
                throw new InvalidInput("pupils", "cannot be negative");
            }
            return new Details(command.name().strip(), command.sector(), command.municipality().strip(),
                    command.pupilCount());
        }
    }
}
