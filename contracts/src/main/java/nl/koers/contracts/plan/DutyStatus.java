package nl.koers.contracts.plan;

/**
 * One duty as evaluated against a plan: its stable {@code code}, kind, state, the Dutch reason why it is (not) met,
 * its Dutch title, and the versioned rule set it comes from.
 */
public record DutyStatus(String code, DutyKind kind, DutyState state, String reason, String title, String ruleSetId) {
}
