package nl.koers.contracts.training;

/** What kind of offer a catalogue entry is; required training per role is stated in these kinds. */
public enum CourseKind {
    COURSE, CONFERENCE, REGIONAL_MEETING, WORKSHOP, MASTERCLASS
}
