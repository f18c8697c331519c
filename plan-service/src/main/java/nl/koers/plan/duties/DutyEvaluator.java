package nl.koers.plan.duties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.contracts.plan.DutyStatus;

/** Decides every duty of the rule sets in force for a plan's school year against its facts. Pure. */
public final class DutyEvaluator {
    private DutyEvaluator() {
    }

    /** The outcome: which rule sets counted (their ids joined with '+') and every duty's status. */
    public record Evaluation(String ruleSetId, List<DutyStatus> duties) {
    }

    public static Evaluation evaluate(List<DutyRuleSet> ruleSets, Set<String> switchedOn, DutyFacts facts) {
        List<DutyRuleSet> inForce = ruleSets.stream()
                .filter(set -> set.inForceFor(facts.schoolYear(), switchedOn.contains(set.id()))).toList();
        List<DutyStatus> duties = new ArrayList<>();
        for (DutyRuleSet set : inForce) {
            for (DutyRuleSet.DutyRule rule : set.duties()) {
                FactCheck.Outcome outcome = rule.check().check(facts);
                duties.add(new DutyStatus(rule.code(), set.kindFor(facts.schoolYear()), outcome.state(),
                        outcome.reason(), rule.title(), set.id()));
            }
        }
        return new Evaluation(inForce.stream().map(DutyRuleSet::id).collect(Collectors.joining("+")),
                List.copyOf(duties));
    }
}
