package nl.koers.contracts.plan;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** The plan coordinator (tip 1: keeps the work going and hands it over) was assigned. */
@KoersEvent(context = "plan", name = "PlanCoordinatorAssigned")
public record PlanCoordinatorAssigned(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                      UserId coordinator) implements PlanEvent {
}
