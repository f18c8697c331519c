package nl.koers.survey.round.web;

import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.Conflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** A round whose window has ended closes by itself, with the same results a coordinator's early close would take. */
@Component
class RoundClosing {
    private static final Logger log = LoggerFactory.getLogger(RoundClosing.class);
    private final Rounds rounds;

    RoundClosing(Rounds rounds) {
        this.rounds = rounds;
    }

    @Scheduled(fixedDelayString = "${koers.survey.closing-interval:30s}")
    public void closeEnded() {
        for (RoundId id : rounds.ended()) {
            try {
                rounds.close(id, Rounds.CLOCK);
            } catch (Conflict alreadyClosed) {
                log.debug("round {} was closed meanwhile", id);
            }
        }
    }
}
