package nl.koers.training.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.TrainingCoverageChanged.Gap;
import nl.koers.contracts.training.TrainingCoverageChanged.RoleCoverage;
import nl.koers.platform.tenant.Role;
import nl.koers.training.coverage.CoverageCalculator.Attendance;
import nl.koers.training.coverage.CoverageCalculator.Requirement;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTest {
    static final LocalDate TODAY = LocalDate.parse("2028-06-01");
    static final Requirement COORDINATOR_COURSE = new Requirement(Role.COORDINATOR, CourseKind.COURSE, 3, true);

    static Attendance attended(String who, Role role, CourseKind kind, String date, String hours, boolean accredited) {
        return new Attendance(who, role, kind, LocalDate.parse(date), new BigDecimal(hours), accredited);
    }

    @Test
    void a_role_with_a_requirement_and_no_training_shows_the_gap() {
        assertThat(CoverageCalculator.coverage(List.of(), List.of(COORDINATOR_COURSE), TODAY, 3)).containsExactly(
                new RoleCoverage(Role.COORDINATOR, 0, List.of(), BigDecimal.ZERO,
                        List.of(new Gap(CourseKind.COURSE, 3, true))));
    }

    @Test
    void the_requirement_is_met_by_someone_in_the_role_who_attended_the_kind_within_the_years() {
        List<RoleCoverage> coverage = CoverageCalculator.coverage(List.of(
                attended("anna", Role.COORDINATOR, CourseKind.COURSE, "2026-09-01", "6", true)),
                List.of(COORDINATOR_COURSE), TODAY, 3);
        assertThat(coverage).containsExactly(new RoleCoverage(Role.COORDINATOR, 1, List.of(CourseKind.COURSE),
                new BigDecimal("6"), List.of()));
    }

    @Test
    void training_older_than_the_requirements_years_no_longer_meets_it() {
        List<RoleCoverage> coverage = CoverageCalculator.coverage(List.of(
                attended("anna", Role.COORDINATOR, CourseKind.COURSE, "2025-05-31", "6", true)),
                List.of(COORDINATOR_COURSE), TODAY, 5);
        assertThat(coverage.get(0).gaps()).containsExactly(new Gap(CourseKind.COURSE, 3, true));
        assertThat(coverage.get(0).trainedPeople()).isEqualTo(1); // still within the 5-year window of the overview
    }

    @Test
    void an_unaccredited_training_does_not_meet_an_accredited_only_requirement() {
        List<RoleCoverage> coverage = CoverageCalculator.coverage(List.of(
                attended("anna", Role.COORDINATOR, CourseKind.COURSE, "2027-05-01", "3", false)),
                List.of(COORDINATOR_COURSE), TODAY, 3);
        assertThat(coverage.get(0).gaps()).hasSize(1);
    }

    @Test
    void training_in_another_role_does_not_cover_the_role() {
        List<RoleCoverage> coverage = CoverageCalculator.coverage(List.of(
                attended("bob", Role.STAFF, CourseKind.COURSE, "2027-05-01", "6", true)),
                List.of(COORDINATOR_COURSE), TODAY, 3);
        assertThat(coverage).extracting(RoleCoverage::role).containsExactly(Role.COORDINATOR, Role.STAFF);
        assertThat(coverage.get(0).gaps()).hasSize(1);
        assertThat(coverage.get(1)).isEqualTo(new RoleCoverage(Role.STAFF, 1, List.of(CourseKind.COURSE),
                new BigDecimal("6"), List.of()));
    }

    @Test
    void hours_add_up_per_role_and_people_count_once() {
        List<RoleCoverage> coverage = CoverageCalculator.coverage(List.of(
                attended("bob", Role.STAFF, CourseKind.REGIONAL_MEETING, "2028-05-09", "3", false),
                attended("bob", Role.STAFF, CourseKind.WORKSHOP, "2027-01-10", "2.5", false),
                attended("cas", Role.STAFF, CourseKind.WORKSHOP, "2027-01-10", "2.5", false)), List.of(), TODAY, 3);
        assertThat(coverage).containsExactly(new RoleCoverage(Role.STAFF, 2,
                List.of(CourseKind.REGIONAL_MEETING, CourseKind.WORKSHOP), new BigDecimal("8"), List.of()));
    }
}
