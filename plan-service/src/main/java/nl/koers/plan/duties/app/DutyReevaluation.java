package nl.koers.plan.duties.app;

import nl.koers.contracts.plan.DutiesEvaluated;
import nl.koers.contracts.plan.PlanEvent;
import nl.koers.contracts.plan.PlanId;
import nl.koers.contracts.plan.PresetPublished;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates a plan's duties after each change of the plan, in its own streaming processor over the event store:
 * a failure retries from the stored token and never fails the user's save. The aggregate records
 * {@code DutiesEvaluated} only when the outcome changed, so replays and repeats are harmless.
 */
@Component
@ProcessingGroup(DutyReevaluation.PROCESSING_GROUP)
class DutyReevaluation {
    static final String PROCESSING_GROUP = "plan-duties";
    private final PlanDuties duties;

    DutyReevaluation(PlanDuties duties) {
        this.duties = duties;
    }

    @EventHandler
    void on(PlanEvent event, DomainEventMessage<?> message) {
        if (event instanceof DutiesEvaluated || event instanceof PresetPublished) {
            return;
        }
        duties.reevaluate(PlanId.parse(message.getAggregateIdentifier()));
    }
}
