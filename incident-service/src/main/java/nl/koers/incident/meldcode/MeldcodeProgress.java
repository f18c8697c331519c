package nl.koers.incident.meldcode;

import java.util.EnumMap;
import java.util.Map;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.RuleViolation;

/**
 * Where an incident is in the five steps of the Meldcode. Steps go in order; a step may be skipped only with a
 * recorded reason; the weighing (step 4) is never skipped, because the decision (step 5) rests on it.
 */
public final class MeldcodeProgress {
    public enum Mark { TAKEN, SKIPPED }

    private final Map<MeldcodeStep, Mark> marks = new EnumMap<>(MeldcodeStep.class);

    public void mark(MeldcodeStep step, Mark mark) {
        marks.put(step, mark);
    }

    public boolean decided() {
        return marks.containsKey(MeldcodeStep.DECIDE);
    }

    /** Steps 1-4 are recorded in order: the step must be the next one (earlier ones taken or skipped). */
    public void requireNext(MeldcodeStep step) {
        requireOpen();
        if (step == MeldcodeStep.DECIDE) {
            throw new RuleViolation("step", "the decision is recorded as the decision, with its outcome");
        }
        if (marks.containsKey(step)) {
            throw new Conflict("step", "step " + step + " is already recorded");
        }
        for (MeldcodeStep earlier : MeldcodeStep.values()) {
            if (earlier.ordinal() < step.ordinal() && !marks.containsKey(earlier)) {
                throw new RuleViolation("step", "step " + earlier + " comes first: record it, or skip it with a reason");
            }
        }
    }

    public void requireSkippable(MeldcodeStep step) {
        if (step == MeldcodeStep.WEIGH || step == MeldcodeStep.DECIDE) {
            throw new RuleViolation("step", "the weighing with the afwegingskader and the decision cannot be skipped");
        }
        requireNext(step);
    }

    public void requireDecidable() {
        requireOpen();
        if (marks.get(MeldcodeStep.WEIGH) != Mark.TAKEN) {
            throw new RuleViolation("step", "the decision requires the weighing (step 4, afwegingskader) to be recorded");
        }
    }

    private void requireOpen() {
        if (decided()) {
            throw new Conflict("step", "the Meldcode decision was taken; the trajectory is complete");
        }
    }
}
