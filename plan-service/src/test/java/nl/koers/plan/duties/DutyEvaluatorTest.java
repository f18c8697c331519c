package nl.koers.plan.duties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.koers.contracts.plan.AdviserKind;
import nl.koers.contracts.plan.DutyKind;
import nl.koers.contracts.plan.DutyState;
import nl.koers.contracts.plan.DutyStatus;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.plan.duties.DutyFacts.Monitoring;
import nl.koers.plan.topics.PlanData;
import org.junit.jupiter.api.Test;

/** The duties as shipped in plan/duty-rule-sets.json, decided against facts. */
class DutyEvaluatorTest {
    static final List<DutyRuleSet> RULE_SETS = PlanData.read("plan/duty-rule-sets.json", PlanData.RuleSets.class)
            .ruleSets();
    static final String COMING = "wet-vrij-en-veilig-onderwijs.v1";
    static final SchoolYear YEAR = new SchoolYear("2026-2027");

    static DutyFacts nothingRecorded(Monitoring monitoring) {
        return new DutyFacts(YEAR, null, false, false, null, null, false, null, monitoring);
    }

    static DutyStatus duty(DutyEvaluator.Evaluation evaluation, String code) {
        return evaluation.duties().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_legal_and_recommended_rule_sets_are_in_force_and_every_duty_says_its_kind_and_why() {
        var evaluation = DutyEvaluator.evaluate(RULE_SETS, Set.of(), nothingRecorded(Monitoring.NONE));
        assertThat(evaluation.ruleSetId()).isEqualTo("wet-veiligheid-op-school-2015.v1+aanbevolen-2026.v1");
        assertThat(evaluation.duties()).extracting(DutyStatus::code).containsExactly("SOCIAL_SAFETY_POLICY",
                "ANTI_BULLYING_COORDINATOR", "YEARLY_MONITORING", "ANTI_BULLYING_PROGRAMME", "CONFIDENTIAL_ADVISER",
                "COMPLAINTS_PROCEDURE");
        assertThat(evaluation.duties()).allSatisfy(d -> {
            assertThat(d.reason()).isNotBlank();
            assertThat(d.state()).isEqualTo(DutyState.NOT_MET);
        });
        assertThat(evaluation.duties()).extracting(DutyStatus::kind).containsExactly(DutyKind.WETTELIJK,
                DutyKind.WETTELIJK, DutyKind.WETTELIJK, DutyKind.AANBEVOLEN, DutyKind.AANBEVOLEN, DutyKind.AANBEVOLEN);
    }

    @Test
    void the_policy_duty_is_met_by_a_plan_evaluated_in_its_school_year() {
        var facts = new DutyFacts(YEAR, LocalDate.parse("2027-06-20"), false, false, null, null, false, null,
                Monitoring.NONE);
        assertThat(duty(DutyEvaluator.evaluate(RULE_SETS, Set.of(), facts), "SOCIAL_SAFETY_POLICY").state())
                .isEqualTo(DutyState.MET);
    }

    @Test
    void the_anti_bullying_coordinator_duty_needs_a_name_and_a_contact() {
        var nameOnly = new DutyFacts(YEAR, null, true, false, null, null, false, null, Monitoring.NONE);
        var both = new DutyFacts(YEAR, null, true, true, null, null, false, null, Monitoring.NONE);
        DutyStatus missingContact = duty(DutyEvaluator.evaluate(RULE_SETS, Set.of(), nameOnly),
                "ANTI_BULLYING_COORDINATOR");
        assertThat(missingContact.state()).isEqualTo(DutyState.NOT_MET);
        assertThat(missingContact.reason()).contains("contactgegevens");
        assertThat(duty(DutyEvaluator.evaluate(RULE_SETS, Set.of(), both), "ANTI_BULLYING_COORDINATOR").state())
                .isEqualTo(DutyState.MET);
    }

    @Test
    void monitoring_is_met_only_by_a_closed_round_delivered_to_the_inspectie() {
        assertThat(duty(DutyEvaluator.evaluate(RULE_SETS, Set.of(), nothingRecorded(Monitoring.NONE)),
                "YEARLY_MONITORING").state()).isEqualTo(DutyState.NOT_MET);
        DutyStatus closedOnly = duty(DutyEvaluator.evaluate(RULE_SETS, Set.of(),
                nothingRecorded(Monitoring.CLOSED_NOT_DELIVERED)), "YEARLY_MONITORING");
        assertThat(closedOnly.state()).isEqualTo(DutyState.NOT_MET);
        assertThat(closedOnly.reason()).contains("nog niet aangeleverd", "1 juli");
        assertThat(duty(DutyEvaluator.evaluate(RULE_SETS, Set.of(), nothingRecorded(Monitoring.DELIVERED)),
                "YEARLY_MONITORING").state()).isEqualTo(DutyState.MET);
    }

    @Test
    void recommended_practices_are_met_by_a_named_programme_adviser_and_complaints_procedure() {
        var facts = new DutyFacts(YEAR, null, false, false, "KiVa", AdviserKind.EXTERNAL, true,
                "Klachtenregeling Stichting", Monitoring.NONE);
        var evaluation = DutyEvaluator.evaluate(RULE_SETS, Set.of(), facts);
        assertThat(duty(evaluation, "ANTI_BULLYING_PROGRAMME").reason()).contains("KiVa");
        assertThat(duty(evaluation, "CONFIDENTIAL_ADVISER").reason()).contains("externe");
        assertThat(evaluation.duties().stream().filter(d -> d.kind() == DutyKind.AANBEVOLEN))
                .allSatisfy(d -> assertThat(d.state()).isEqualTo(DutyState.MET));
    }

    @Test
    void a_confidential_adviser_without_a_name_does_not_count() {
        var facts = new DutyFacts(YEAR, null, false, false, null, AdviserKind.INTERNAL, false, null, Monitoring.NONE);
        assertThat(duty(DutyEvaluator.evaluate(RULE_SETS, Set.of(), facts), "CONFIDENTIAL_ADVISER").state())
                .isEqualTo(DutyState.NOT_MET);
    }

    @Test
    void the_coming_law_counts_only_once_switched_on_and_is_komend_before_its_effective_date() {
        assertThat(DutyEvaluator.evaluate(RULE_SETS, Set.of(), nothingRecorded(Monitoring.NONE)).duties())
                .noneMatch(d -> d.ruleSetId().equals(COMING));
        var on = DutyEvaluator.evaluate(RULE_SETS, Set.of(COMING), nothingRecorded(Monitoring.NONE));
        assertThat(on.ruleSetId()).endsWith("+" + COMING);
        assertThat(on.duties().stream().filter(d -> d.ruleSetId().equals(COMING)))
                .hasSize(5).allSatisfy(d -> assertThat(d.kind()).isEqualTo(DutyKind.KOMEND));
    }

    @Test
    void the_coming_law_is_a_legal_duty_in_a_school_year_in_which_it_has_taken_effect() {
        var later = new DutyFacts(new SchoolYear("2027-2028"), null, false, false, null, null, false, null,
                Monitoring.NONE);
        assertThat(DutyEvaluator.evaluate(RULE_SETS, Set.of(COMING), later).duties().stream()
                .filter(d -> d.ruleSetId().equals(COMING))).allSatisfy(d -> assertThat(d.kind())
                .isEqualTo(DutyKind.WETTELIJK));
    }

    @Test
    void duties_whose_facts_koers_does_not_hear_yet_are_unknown_never_met() {
        var everything = new DutyFacts(YEAR, LocalDate.parse("2026-11-01"), true, true, "KiVa", AdviserKind.INTERNAL,
                true, "Regeling", Monitoring.DELIVERED);
        var evaluation = DutyEvaluator.evaluate(RULE_SETS, Set.of(COMING), everything);
        assertThat(duty(evaluation, "WVVO_INCIDENT_REGISTRATION").state()).isEqualTo(DutyState.UNKNOWN);
        assertThat(duty(evaluation, "WVVO_STAFF_MONITORING").state()).isEqualTo(DutyState.UNKNOWN);
    }
}
