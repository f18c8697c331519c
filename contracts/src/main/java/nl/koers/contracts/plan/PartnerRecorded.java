package nl.koers.contracts.plan;

import java.util.UUID;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.privacy.SealedText;

/** A partner of the school (Gesprekskaart) was recorded or changed; contact details are sealed. */
@KoersEvent(context = "plan", name = "PartnerRecorded")
public record PartnerRecorded(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                              UUID partnerId, PartnerKind kind, String organisation, SealedText contactPerson,
                              SealedText phone, SealedText email, String tasks,
                              String meetingFrequency) implements PlanEvent {
}
