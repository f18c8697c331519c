package nl.koers.contracts.plan;

import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/** The contributors who may edit the plan (tip 2) are now exactly this list. */
@KoersEvent(context = "plan", name = "ContributorsAssigned")
public record ContributorsAssigned(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                   List<UserId> contributors) implements PlanEvent {
}
