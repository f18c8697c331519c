package nl.koers.contracts.plan;

import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A document (protocol, agreement, …) was archived with where it is kept (tip 7). */
@KoersEvent(context = "plan", name = "DocumentArchived")
public record DocumentArchived(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                               UUID documentId, BuildingBlock block, String title, DocumentKind kind, String location,
                               String link) implements PlanEvent {
}
