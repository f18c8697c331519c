package nl.koers.projection.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.incident.Category;

/**
 * Where a school stands, on one page: the duties as traffic lights, the Inspectie delivery of the monitor, plan
 * progress per building block, action points due and overdue, incidents, the latest monitor results with the previous
 * round, training coverage and gaps, and alerts. {@code asOf} is null for "now", else the moment it was recomputed for.
 */
public record SchoolDashboard(String schoolId, String schoolName, Integer pupils, Instant asOf, String schoolYear, List<Duty> duties,
                              InspectieDelivery inspectieDelivery, PlanProgress plan, ActionPoints actionPoints,
                              Incidents incidents, Monitor monitor, Training training, List<Alert> alerts) {

    public enum Light { GREEN, RED, GREY }

    /** {@code kind}: WETTELIJK, AANBEVOLEN or KOMEND; {@code state}: MET, NOT_MET or UNKNOWN (never shown as met). */
    public record Duty(String code, String title, String kind, String state, Light light, String reason,
                       String ruleSetId) {
    }

    /** {@code status}: NO_CLOSED_ROUND, NOT_DELIVERED, DELIVERED or OVERDUE (not delivered after the deadline). */
    public record InspectieDelivery(String schoolYear, LocalDate deadline, String status, Instant roundClosedAt,
                                    Instant deliveredAt, boolean reminderSent) {
    }

    public record PlanProgress(boolean started, List<Block> blocks, int topics, int done, int percentDone) {
    }

    public record Block(String block, String label, int topics, int done, int inProgress, int notStarted,
                        int percentDone) {
    }

    public record ActionPoints(int open, List<ActionPoint> overdue, List<ActionPoint> dueSoon) {
    }

    public record ActionPoint(String title, String block, LocalDate dueDate, String status, String priority) {
    }

    public record Incidents(long total, long open, Map<Category, Long> byCategory, Map<String, Long> byMonth,
                            Double medianDaysToClose, long reportsToInspectorOverdue, long reportsToInspectorPending) {
    }

    public record Monitor(Round latest, Round previous, Round running) {
    }

    /** A suppressed scale carries no numbers: fewer respondents than the minimum group size. */
    public record Round(String roundId, String schoolYear, Instant closedAt, Integer respondents, Instant deliveredAt,
                        List<ScaleResult> scales) {
    }

    public record ScaleResult(String scale, Integer n, Double mean, Double percentPositive, boolean suppressed) {
    }

    public record Training(List<RoleCoverage> roles, int rolesWithGaps) {
    }

    public record RoleCoverage(String role, int trainedPeople, List<String> kindsFollowed, double hours,
                               List<String> gaps, int windowYears) {
    }

    /** {@code severity}: CRITICAL (a legal duty or deadline missed) or WARNING; {@code message} in plain Dutch. */
    public record Alert(String code, String severity, String message) {
    }
}
