package nl.koers.contracts.plan;

/** UNKNOWN when Koers cannot know yet (e.g. no monitoring facts from the survey context): never shown as met. */
public enum DutyState {
    MET, NOT_MET, UNKNOWN
}
