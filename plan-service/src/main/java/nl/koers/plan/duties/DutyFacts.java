package nl.koers.plan.duties;

import java.time.LocalDate;
import nl.koers.contracts.plan.AdviserKind;
import nl.koers.contracts.plan.DutyDetails;
import nl.koers.contracts.plan.PlanEvaluated;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.plan.safetyplan.PlanState;

/** What the duties are decided on: facts of one plan, plus what the survey context told about its school year. */
public record DutyFacts(SchoolYear schoolYear, LocalDate evaluatedOn, boolean antiBullyingCoordinatorNamed,
                        boolean antiBullyingCoordinatorContactGiven, String antiBullyingProgramme,
                        AdviserKind confidentialAdviserKind, boolean confidentialAdviserNamed,
                        String complaintsProcedure, Monitoring monitoring) {

    /** The monitoring facts of one school year, as the survey context reported them. */
    public enum Monitoring { NONE, CLOSED_NOT_DELIVERED, DELIVERED }

    public static DutyFacts of(PlanState plan, Monitoring monitoring) {
        DutyDetails d = plan.dutyDetails();
        return new DutyFacts(plan.schoolYear(), plan.evaluation().map(PlanEvaluated::evaluatedOn).orElse(null),
                d.antiBullyingCoordinatorName() != null, d.antiBullyingCoordinatorContact() != null,
                blankToNull(d.antiBullyingProgramme()), d.confidentialAdviserKind(),
                d.confidentialAdviserName() != null, blankToNull(d.complaintsProcedure()), monitoring);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
