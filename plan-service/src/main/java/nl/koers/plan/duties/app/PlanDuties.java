package nl.koers.plan.duties.app;

import java.util.List;
import nl.koers.contracts.plan.PlanId;
import nl.koers.plan.duties.DutyEvaluator;
import nl.koers.plan.duties.DutyFacts;
import nl.koers.plan.duties.DutyRuleSet;
import nl.koers.plan.safetyplan.PlanCommands.RecordDutyEvaluation;
import nl.koers.plan.safetyplan.PlanState;
import nl.koers.plan.safetyplan.app.Plans;
import nl.koers.plan.topics.PlanData;
import nl.koers.platform.id.UserId;
import org.springframework.stereotype.Service;

/**
 * Evaluates a plan's duties against the rule sets in force and records the outcome on the plan
 * ({@code DutiesEvaluated}, only when it changed). Runs after every plan change, every monitoring fact and every
 * switch of a rule set.
 */
@Service
public class PlanDuties {
    /** The actor of evaluations: the platform, not a person. */
    public static final UserId ACTOR = new UserId("koers:plan-duties");

    private final List<DutyRuleSet> ruleSets;
    private final RuleSetSwitches switches;
    private final MonitoringFacts monitoring;
    private final Plans plans;

    PlanDuties(PlanData.RuleSets ruleSets, RuleSetSwitches switches, MonitoringFacts monitoring, Plans plans) {
        this.ruleSets = ruleSets.ruleSets();
        this.switches = switches;
        this.monitoring = monitoring;
        this.plans = plans;
    }

    public DutyEvaluator.Evaluation evaluate(PlanState plan) {
        DutyFacts facts = DutyFacts.of(plan, monitoring.of(plan.schoolId(), plan.schoolYear()));
        return DutyEvaluator.evaluate(ruleSets, switches.switchedOn(), facts);
    }

    public void reevaluate(PlanId id) {
        PlanState plan = plans.load(id);
        if (plan.planId() == null) {
            return;
        }
        DutyEvaluator.Evaluation evaluation = evaluate(plan);
        plans.send(new RecordDutyEvaluation(id, evaluation.ruleSetId(), evaluation.duties()), plan.boardId(),
                plan.schoolId(), ACTOR);
    }

    /** After a rule set was switched: every plan of a school year that has not ended. */
    public int reevaluateOpenPlans() {
        List<Plans.Summary> open = plans.open();
        open.forEach(p -> reevaluate(p.planId()));
        return open.size();
    }

    public List<DutyRuleSet> ruleSets() {
        return ruleSets;
    }
}
