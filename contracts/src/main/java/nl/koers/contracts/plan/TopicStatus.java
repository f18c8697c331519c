package nl.koers.contracts.plan;

/** How far a school is with one topic (onderwerp): niet gestart, mee bezig, klaar. */
public enum TopicStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
