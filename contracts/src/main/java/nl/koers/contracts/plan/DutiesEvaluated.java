package nl.koers.contracts.plan;

import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * The duties of the rule sets in force, as evaluated against this plan's facts; published whenever a fact changes the
 * outcome.
 */
@KoersEvent(context = "plan", name = "DutiesEvaluated")
public record DutiesEvaluated(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                              String ruleSetId, List<DutyStatus> duties) implements PlanEvent {
}
