package nl.koers.plan.duties;

import java.time.LocalDate;
import java.util.List;
import nl.koers.contracts.plan.DutyKind;
import nl.koers.contracts.plan.SchoolYear;

/**
 * A versioned set of duties, shipped as data ({@code plan/duty-rule-sets.json}). A change in the law is a new rule
 * set with its own id and effective date, never a code change. A {@code switchable} rule set (a coming law) counts
 * only once a platform admin switched it on; from its effective date its duties are legal duties.
 */
public record DutyRuleSet(String id, String title, DutyKind kind, LocalDate effectiveFrom, boolean switchable,
                          List<DutyRule> duties) {

    /** One duty: a stable code, its Dutch title, and the fact check (from a fixed vocabulary) that decides it. */
    public record DutyRule(String code, String title, FactCheck check) {
    }

    /** Whether this set counts for a school year: in effect by the year's end, or (a coming law) switched on. */
    public boolean inForceFor(SchoolYear year, boolean switchedOn) {
        return switchable ? switchedOn : !effectiveFrom.isAfter(year.end());
    }

    /** A coming law's duties are legal duties in a school year in which the law has taken effect. */
    public DutyKind kindFor(SchoolYear year) {
        return kind == DutyKind.KOMEND && !effectiveFrom.isAfter(year.end()) ? DutyKind.WETTELIJK : kind;
    }
}
