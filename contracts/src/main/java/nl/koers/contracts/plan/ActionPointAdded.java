package nl.koers.contracts.plan;

import java.time.LocalDate;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** An action point (actiepunt) was added. Overdue is derived: an unfinished one past its due date. */
@KoersEvent(context = "plan", name = "ActionPointAdded")
public record ActionPointAdded(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                               UUID actionPointId, String title, BuildingBlock block, String owner, LocalDate dueDate,
                               ActionPointStatus status, Priority priority) implements PlanEvent {
}
