package nl.koers.contracts.plan;

import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A partner is no longer part of the plan. */
@KoersEvent(context = "plan", name = "PartnerRemoved")
public record PartnerRemoved(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                             UUID partnerId) implements PlanEvent {
}
