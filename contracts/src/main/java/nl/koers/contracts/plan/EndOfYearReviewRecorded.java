package nl.koers.contracts.plan;

import java.time.LocalDate;
import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** The end-of-year review with the partners, per Gesprekskaart theme. */
@KoersEvent(context = "plan", name = "EndOfYearReviewRecorded")
public record EndOfYearReviewRecorded(PlanId planId, BoardId boardId, SchoolId schoolId, SchoolYear schoolYear,
                                      LocalDate reviewedOn, List<ThemeNote> themes) implements PlanEvent {
}
