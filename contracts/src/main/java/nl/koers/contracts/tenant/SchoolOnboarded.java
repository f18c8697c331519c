package nl.koers.contracts.tenant;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A school joined its board. Every service learns from this which board a school belongs to. */
@KoersEvent(context = "tenant", name = "SchoolOnboarded")
public record SchoolOnboarded(BoardId boardId, SchoolId schoolId, String name, Sector sector, String municipality,
                              int pupilCount) implements TenantEvent {
}
