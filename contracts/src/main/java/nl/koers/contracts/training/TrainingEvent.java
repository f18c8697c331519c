package nl.koers.contracts.training;

import nl.koers.platform.id.UserId;

/**
 * The events of the training context, published on {@code koers.training.events}. Staff are identified by their
 * identity-provider subject ({@code UserId}, ADR 0040); their names travel sealed under {@code participant/{userId}}.
 */
public sealed interface TrainingEvent permits CoursePublished, SessionScheduled, SessionRescheduled,
        SessionCancelled, ParticipantEnrolled, ParticipantWaitlisted, PromotedFromWaitingList, EnrolmentCancelled,
        AttendanceRecorded, CertificateIssued, TrainingRequirementSet, TrainingRequirementRemoved,
        TrainingCoverageChanged {

    /** The subject key a participant's name is sealed under: erasing it erases the name in every training event. */
    static String participantSubject(UserId participant) {
        return "participant/" + participant.value();
    }
}
