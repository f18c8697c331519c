package nl.koers.incident.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.PersonKind;

/**
 * Sexual abuse or harassment involving a staff member (as perpetrator or in an unclear role) must be reported to the
 * vertrouwensinspecteur "onverwijld" (art. 4a WPO / 3 WVO). Koers sets a deadline of 24 hours after recording
 * (ADR 0021); a staff member involved only as victim or witness does not trigger the duty.
 */
public final class DutyToReport {
    public static final Duration DEADLINE = Duration.ofHours(24);
    private static final Set<Category> CATEGORIES = Set.of(Category.SEXUAL_ABUSE, Category.SEXUAL_HARASSMENT);
    private static final Set<InvolvedRole> TRIGGERING_ROLES = Set.of(InvolvedRole.PERPETRATOR, InvolvedRole.OTHER);

    private DutyToReport() {
    }

    /** @return the deadline when the report is required */
    public static Optional<Instant> deadline(Category category, List<NewPerson> involved, Instant recordedAt) {
        boolean staffInvolved = involved.stream()
                .anyMatch(p -> p.kind() == PersonKind.STAFF && TRIGGERING_ROLES.contains(p.role()));
        return applies(category, staffInvolved) ? Optional.of(recordedAt.plus(DEADLINE)) : Optional.empty();
    }

    static boolean applies(Category category, boolean staffInvolved) {
        return CATEGORIES.contains(category) && staffInvolved;
    }

    /** Whether the people of a recorded report include a staff member in a role that triggers the duty. */
    static boolean staffTriggers(List<InvolvedPerson> involved) {
        return involved.stream().anyMatch(p -> p.kind() == PersonKind.STAFF && TRIGGERING_ROLES.contains(p.role()));
    }
}
