package nl.koers.contracts.tenant;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * A school's details changed (a re-uploaded CSV with a new name, sector, municipality or pupil count). Carries the
 * full new details under the same field names as {@link SchoolOnboarded}, so a directory simply upserts it.
 */
@KoersEvent(context = "tenant", name = "SchoolDetailsChanged")
public record SchoolDetailsChanged(BoardId boardId, SchoolId schoolId, String name, Sector sector,
                                   String municipality, int pupilCount) implements TenantEvent {
}
