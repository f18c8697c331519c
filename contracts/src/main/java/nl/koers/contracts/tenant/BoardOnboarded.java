package nl.koers.contracts.tenant;

import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;

@KoersEvent(context = "tenant", name = "BoardOnboarded")
public record BoardOnboarded(BoardId boardId, String name) implements TenantEvent {
}
