package nl.koers.contracts.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;

/**
 * A school's training coverage, whole (not a delta), for the dashboard: per role, how many people attended which
 * kinds within the last {@code windowYears} years, their hours, and the board's requirements not met. Published
 * whenever it changes; a consumer keeps the latest per school.
 */
@KoersEvent(context = "training", name = "TrainingCoverageChanged")
public record TrainingCoverageChanged(BoardId board, SchoolId school, int windowYears, List<RoleCoverage> roles,
                                      Instant computedAt) implements TrainingEvent {
    public TrainingCoverageChanged {
        roles = List.copyOf(roles);
    }

    /** One role at the school; {@code gaps} empty means every requirement for the role is met. */
    public record RoleCoverage(Role role, int trainedPeople, List<CourseKind> kindsFollowed, BigDecimal hours,
                               List<Gap> gaps) {
        public RoleCoverage {
            kindsFollowed = List.copyOf(kindsFollowed);
            gaps = List.copyOf(gaps);
        }
    }

    /** A requirement of the board that nobody in the role at this school meets. */
    public record Gap(CourseKind kind, int withinYears, boolean accreditedOnly) {
    }
}
