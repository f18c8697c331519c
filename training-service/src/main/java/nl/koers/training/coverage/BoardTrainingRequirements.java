package nl.koers.training.coverage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingRequirementRemoved;
import nl.koers.contracts.training.TrainingRequirementSet;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.Role;
import nl.koers.training.coverage.RequirementCommands.RemoveRequirement;
import nl.koers.training.coverage.RequirementCommands.SetRequirement;
import nl.koers.training.input.Inputs;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The training a board requires per role: one requirement per role and kind; setting it again replaces it. */
@Aggregate
public class BoardTrainingRequirements {
    /** Requirements are about people at school; board and platform roles are not measured per school. */
    static final Set<Role> SCHOOL_ROLES = EnumSet.of(Role.STAFF, Role.COORDINATOR, Role.CONFIDENTIAL_ADVISER);
    static final int MAX_YEARS = 10;

    @AggregateIdentifier
    private BoardId board;
    private final Map<Key, TrainingRequirementSet> current = new HashMap<>();

    private record Key(Role role, CourseKind kind) {
    }

    protected BoardTrainingRequirements() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetRequirement command) {
        Inputs.require(command.role(), "role");
        Inputs.require(command.kind(), "kind");
        Inputs.require(command.withinYears(), "withinYears");
        if (!SCHOOL_ROLES.contains(command.role())) {
            throw new InvalidInput("role", "staff, coordinator or confidential-adviser");
        }
        if (command.withinYears() < 1 || command.withinYears() > MAX_YEARS) {
            throw new InvalidInput("withinYears", "between 1 and " + MAX_YEARS + " years");
        }
        TrainingRequirementSet set = new TrainingRequirementSet(command.board(), command.role(), command.kind(),
                command.withinYears(), Boolean.TRUE.equals(command.accreditedOnly()), command.setBy());
        TrainingRequirementSet before = current.get(new Key(command.role(), command.kind()));
        if (before != null && before.withinYears() == set.withinYears()
                && before.accreditedOnly() == set.accreditedOnly()) {
            return; // already so
        }
        apply(set);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveRequirement command) {
        if (!current.containsKey(new Key(command.role(), command.kind()))) {
            throw new NotFound("requirement", "no requirement for " + command.role().claim() + " and " + command.kind());
        }
        apply(new TrainingRequirementRemoved(command.board(), command.role(), command.kind(), command.removedBy()));
    }

    @EventSourcingHandler
    void on(TrainingRequirementSet event) {
        board = event.board();
        current.put(new Key(event.role(), event.kind()), event);
    }

    @EventSourcingHandler
    void on(TrainingRequirementRemoved event) {
        board = event.board();
        current.remove(new Key(event.role(), event.kind()));
    }
}
