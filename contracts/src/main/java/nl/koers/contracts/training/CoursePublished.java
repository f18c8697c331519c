package nl.koers.contracts.training;

import java.time.Instant;
import java.util.Set;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;

/**
 * A course or event entered the catalogue. {@code board} is null for the provider catalogue (published by a
 * platform admin, visible to every board); otherwise the offer is that board's own and no other board sees it.
 */
@KoersEvent(context = "training", name = "CoursePublished")
public record CoursePublished(CourseId courseId, BoardId board, CourseKind kind, String title, String description,
                              String provider, Set<Role> targetRoles, Accreditation accreditation,
                              Instant publishedAt, UserId publishedBy) implements TrainingEvent {
    public CoursePublished {
        targetRoles = Set.copyOf(targetRoles);
    }
}
