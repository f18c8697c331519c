package nl.koers.platform.error;

/** Well-formed input that a business rule refuses (e.g. an incident dated in the future): answered with 422. */
public class RuleViolation extends InvalidInput {
    public RuleViolation(String field, String reason) {
        super(field, reason);
    }
}
