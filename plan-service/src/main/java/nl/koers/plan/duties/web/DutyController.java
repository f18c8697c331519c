package nl.koers.plan.duties.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.contracts.plan.PlanId;
import nl.koers.plan.duties.DutyEvaluator;
import nl.koers.plan.duties.DutyRuleSet;
import nl.koers.plan.duties.app.PlanDuties;
import nl.koers.plan.duties.app.RuleSetSwitches;
import nl.koers.plan.safetyplan.web.PlanAccess;
import nl.koers.plan.topics.TopicCatalogue;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A plan's duties as they stand now, and the platform's rule sets (which a platform admin may switch on). */
@RestController
class DutyController {
    private final PlanAccess access;
    private final PlanDuties duties;
    private final RuleSetSwitches switches;
    private final TopicCatalogue catalogue;
    private final Clock clock;

    DutyController(PlanAccess access, PlanDuties duties, RuleSetSwitches switches, TopicCatalogue catalogue,
                   Clock clock) {
        this.access = access;
        this.duties = duties;
        this.switches = switches;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The duties evaluated now, and the last evaluation the plan published (they differ only for a moment). */
    record PlanDutiesView(String ruleSetId, List<DutyStatus> duties, String publishedRuleSetId,
                          List<DutyStatus> published) {
    }

    @GetMapping("/api/schools/{schoolId}/plans/{planId}/duties")
    PlanDutiesView planDuties(@PathVariable SchoolId schoolId, @PathVariable PlanId planId) {
        var plan = access.read(schoolId, planId);
        DutyEvaluator.Evaluation now = duties.evaluate(plan);
        return new PlanDutiesView(now.ruleSetId(), now.duties(),
                plan.duties().map(d -> d.ruleSetId()).orElse(null),
                plan.duties().map(d -> d.duties()).orElse(List.of()));
    }

    record RuleSetView(DutyRuleSet ruleSet, boolean switchedOn) {
    }

    @GetMapping("/api/plan/rule-sets")
    List<RuleSetView> ruleSets() {
        requirePlatformAdmin();
        Set<String> on = switches.switchedOn();
        return duties.ruleSets().stream().map(set -> new RuleSetView(set, on.contains(set.id()))).toList();
    }

    record Activation(Boolean active) {
    }

    /** Switches a coming law's rule set on or off; every open plan's duties are re-evaluated at once. */
    @PutMapping(path = "/api/plan/rule-sets/{ruleSetId}/activation", consumes = "application/json")
    Map<String, Object> activate(@PathVariable String ruleSetId, @RequestBody Activation body) {
        TenantScope scope = requirePlatformAdmin();
        DutyRuleSet set = duties.ruleSets().stream().filter(s -> s.id().equals(ruleSetId)).findFirst()
                .orElseThrow(() -> new NotFound("ruleSetId", "rule set " + ruleSetId));
        if (body.active() == null) {
            throw new InvalidInput("active", "is required");
        }
        if (!set.switchable()) {
            throw new RuleViolation("ruleSetId", "rule set " + ruleSetId + " is law in force; it cannot be switched");
        }
        switches.set(ruleSetId, body.active(), scope.user(), clock.instant());
        int plans = duties.reevaluateOpenPlans();
        return Map.of("ruleSetId", ruleSetId, "switchedOn", body.active(), "plansReevaluated", plans);
    }

    /**
     * The platform's starting topics, for any signed-in user: a board admin preparing texts for the schools' plans
     * picks from them. Platform content, the same for every board - nothing of any tenant is in it.
     */
    @GetMapping("/api/plan/default-topics")
    TopicCatalogue defaultTopics() {
        return catalogue;
    }

    private static TenantScope requirePlatformAdmin() {
        TenantScope scope = TenantScopes.current();
        if (!scope.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new Forbidden("only a platform admin manages rule sets");
        }
        return scope;
    }
}
