package nl.koers.incident.privacy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.koers.contracts.incident.RetentionPolicySet;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A board's retention period for incident personal data. Incident data has no statutory period (the pupil file is
 * kept two years after the pupil leaves), so the board sets and documents one; without a policy 24 months apply.
 */
@Aggregate
public class RetentionPolicy {
    public static final int DEFAULT_MONTHS = 24;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    @AggregateIdentifier
    private String policyId;

    protected RetentionPolicy() {
        // for Axon
    }

    public static String idOf(BoardId board) {
        return "retention-policy/" + board;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetRetentionPolicy command, Clock clock) {
        if (command.monthsAfterClosure() < MIN_MONTHS || command.monthsAfterClosure() > MAX_MONTHS) {
            throw new InvalidInput("monthsAfterClosure", "between " + MIN_MONTHS + " and " + MAX_MONTHS + " months");
        }
        apply(new RetentionPolicySet(command.boardId(), command.monthsAfterClosure(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(RetentionPolicySet event) {
        this.policyId = idOf(event.boardId());
    }
}
