package nl.koers.training.coverage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.contracts.training.TrainingCoverageChanged.RoleCoverage;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The coverage a school last published. Recomputing is cheap and may happen more than once for the same facts
 * (at-least-once processing, the daily run): only a different outcome becomes an event.
 */
@Aggregate
public class SchoolCoverage {
    @AggregateIdentifier
    private SchoolId school;
    private int windowYears;
    private List<RoleCoverage> roles;

    public record PublishCoverage(@TargetAggregateIdentifier SchoolId school, BoardId board, int windowYears,
                                  List<RoleCoverage> roles) {
    }

    protected SchoolCoverage() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishCoverage command, Clock clock) {
        if (command.roles().equals(roles) && command.windowYears() == windowYears) {
            return;
        }
        apply(new TrainingCoverageChanged(command.board(), command.school(), command.windowYears(), command.roles(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(TrainingCoverageChanged event) {
        school = event.school();
        windowYears = event.windowYears();
        roles = event.roles();
    }
}
