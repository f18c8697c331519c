package nl.koers.contracts.plan;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * The facts behind the duties (anti-bullying coordinator and contact point, programme, confidential adviser,
 * complaints procedure) as they are now.
 */
@KoersEvent(context = "plan", name = "DutyDetailsRecorded")
public record DutyDetailsRecorded(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                  DutyDetails details) implements PlanEvent {
}
