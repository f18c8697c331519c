package nl.koers.contracts.plan;

import java.time.LocalDate;
import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** The start-of-year agreement with the partners (who is involved, who does what), per Gesprekskaart theme. */
@KoersEvent(context = "plan", name = "StartOfYearAgreementRecorded")
public record StartOfYearAgreementRecorded(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                           LocalDate agreedOn, List<ThemeNote> themes) implements PlanEvent {
}
