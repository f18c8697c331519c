package nl.koers.training.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingCoverageChanged.Gap;
import nl.koers.contracts.training.TrainingCoverageChanged.RoleCoverage;
import nl.koers.platform.tenant.Role;
import nl.koers.training.input.Inputs;

/**
 * A school's coverage from the attendance of its people and its board's requirements, as of a day. Pure: the same
 * facts always give the same coverage, so it is published only when it changes.
 */
public final class CoverageCalculator {
    private CoverageCalculator() {
    }

    /** One attended session of one person at the school, in the role they attended in. */
    public record Attendance(String participant, Role role, CourseKind kind, LocalDate date, BigDecimal hours,
                             boolean accredited) {
    }

    public record Requirement(Role role, CourseKind kind, int withinYears, boolean accreditedOnly) {
    }

    /** Roles in enum order: every role with attendance in the window or with a requirement. */
    public static List<RoleCoverage> coverage(List<Attendance> attended, List<Requirement> requirements,
                                              LocalDate today, int windowYears) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        LocalDate windowStart = today.minusYears(windowYears);
        List<Attendance> inWindow = attended.stream().filter(a -> !a.date().isBefore(windowStart))
                .filter(a -> !a.date().isAfter(today)).toList();
        inWindow.forEach(a -> roles.add(a.role()));
        requirements.forEach(r -> roles.add(r.role()));
        List<RoleCoverage> coverage = new ArrayList<>();
        for (Role role : roles) {
            List<Attendance> mine = inWindow.stream().filter(a -> a.role() == role).toList();
            int people = (int) mine.stream().map(Attendance::participant).distinct().count();
            List<CourseKind> kinds = new ArrayList<>(new TreeSet<>(mine.stream().map(Attendance::kind).toList()));
            BigDecimal hours = Inputs.hours(mine.stream().map(Attendance::hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            List<Gap> gaps = requirements.stream().filter(r -> r.role() == role)
                    .filter(r -> !met(r, attended, today))
                    .map(r -> new Gap(r.kind(), r.withinYears(), r.accreditedOnly())).toList();
            coverage.add(new RoleCoverage(role, people, kinds, hours, gaps));
        }
        return coverage;
    }

    /** Met when someone in the role attended the kind (accredited, if asked) within the requirement's years. */
    static boolean met(Requirement requirement, List<Attendance> attended, LocalDate today) {
        LocalDate since = today.minusYears(requirement.withinYears());
        return attended.stream().anyMatch(a -> a.role() == requirement.role() && a.kind() == requirement.kind()
                && !a.date().isBefore(since) && !a.date().isAfter(today)
                && (!requirement.accreditedOnly() || a.accredited()));
    }
}
