package nl.koers.contracts.plan;

import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A document was taken out of the archive. */
@KoersEvent(context = "plan", name = "DocumentRemoved")
public record DocumentRemoved(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                              UUID documentId) implements PlanEvent {
}
