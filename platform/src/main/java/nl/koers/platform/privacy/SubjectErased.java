package nl.koers.platform.privacy;

/** New personal data for a subject that was erased is refused: erasure is final. */
public class SubjectErased extends RuntimeException {
    public SubjectErased(String subject) {
        super("the data of this subject was erased");
    }
}
