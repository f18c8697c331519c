package nl.koers.contracts.incident;

/** What was done after an incident (vervolgactie). */
public enum FollowUpActionType {
    CONVERSATION_WITH_PUPIL, PARENTS_INFORMED, REFERRAL_TO_CARE, POLICE_REPORT, REPORT_TO_CONFIDENTIAL_INSPECTOR, OTHER
}
