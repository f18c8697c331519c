package nl.koers.training.catalogue.web;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.tenant.Role;

/**
 * The body of a course publication. {@code targetRoles} are role claims ({@code staff}, {@code coordinator}, ...);
 * whose catalogue it lands in follows from the path and the token, never from the body.
 */
public record PublishCourseRequest(CourseKind kind, String title, String description, String provider,
                                   Set<String> targetRoles, Boolean lerarenregister, BigDecimal hours) {

    Set<Role> roles() {
        if (targetRoles == null) {
            return Set.of();
        }
        return targetRoles.stream().map(claim -> Role.fromClaim(claim)
                        .orElseThrow(() -> new InvalidInput("targetRoles", "unknown role " + claim)))
                .collect(Collectors.toSet());
    }
}
