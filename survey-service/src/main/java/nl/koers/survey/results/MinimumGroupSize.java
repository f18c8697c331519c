package nl.koers.survey.results;

import nl.koers.platform.error.RuleViolation;

/**
 * Below this many respondents a group shows no numbers at all. A platform setting (default 10); never below 5, the
 * floor under which even an experienced researcher would call a group identifiable.
 */
public record MinimumGroupSize(int value) {
    public static final int DEFAULT = 10;
    public static final int FLOOR = 5;

    public MinimumGroupSize {
        if (value < FLOOR) {
            throw new RuleViolation("minimumGroupSize", "never lower than " + FLOOR);
        }
        if (value > 100) {
            throw new RuleViolation("minimumGroupSize", "at most 100");
        }
    }
}
