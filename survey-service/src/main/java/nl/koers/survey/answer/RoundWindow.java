package nl.koers.survey.answer;

import java.time.Instant;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** What an answer needs to know about its round: where it belongs and whether it is open now. */
public record RoundWindow(RoundId roundId, BoardId board, SchoolId school, Instant opensAt, Instant closesAt,
                          boolean closed) {

    /** Messages for the pupil, who typed a code: the round is "de vragenlijst". */
    public void requireOpen(Instant now) {
        if (closed || !now.isBefore(closesAt)) {
            throw new RuleViolation("code", "Deze vragenlijst is gesloten. Je kunt niet meer meedoen.");
        }
        if (now.isBefore(opensAt)) {
            throw new RuleViolation("code", "Deze vragenlijst is nog niet open. Probeer het later nog eens.");
        }
    }
}
