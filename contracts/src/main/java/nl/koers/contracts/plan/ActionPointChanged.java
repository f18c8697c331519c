package nl.koers.contracts.plan;

import java.time.LocalDate;
import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** An action point changed; carries all its fields as they are now. */
@KoersEvent(context = "plan", name = "ActionPointChanged")
public record ActionPointChanged(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                 UUID actionPointId, String title, BuildingBlock block, String owner, LocalDate dueDate,
                                 ActionPointStatus status, Priority priority) implements PlanEvent {
}
