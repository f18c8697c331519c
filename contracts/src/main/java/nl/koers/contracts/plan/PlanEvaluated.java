package nl.koers.contracts.plan;

import java.time.LocalDate;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * The yearly evaluation (borging): what worked and what moves to next year. The legal duty "policy carried out in
 * practice" is met by this event in the plan's own school year.
 */
@KoersEvent(context = "plan", name = "PlanEvaluated")
public record PlanEvaluated(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                            LocalDate evaluatedOn, String whatWorked, String carryOver) implements PlanEvent {
}
