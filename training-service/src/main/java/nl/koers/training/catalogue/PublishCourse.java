package nl.koers.training.catalogue;

import java.math.BigDecimal;
import java.util.Set;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a course or event in the catalogue: {@code board} null for the provider catalogue, else the board's own. */
public record PublishCourse(@TargetAggregateIdentifier CourseId courseId, BoardId board, CourseKind kind,
                            String title, String description, String provider, Set<Role> targetRoles,
                            Boolean lerarenregister, BigDecimal hours, UserId publishedBy) {
}
