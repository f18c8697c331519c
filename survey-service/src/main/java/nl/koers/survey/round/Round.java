package nl.koers.survey.round;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.koers.contracts.survey.CodesIssued;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.DeliveryConsentRecorded;
import nl.koers.contracts.survey.MonitorResultsPublished;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.RoundOpened;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A survey round of one school. Answers do not pass through here (each response is its own aggregate, see
 * {@code Response}): the round only decides about its window, its codes, its closing and its delivery.
 */
@Aggregate
public class Round {
    /** A monitor runs for weeks, not a whole year: a longer window is a typing error. */
    static final Duration MAX_WINDOW = Duration.ofDays(120);
    static final int MAX_CODES_PER_BATCH = 60;

    @AggregateIdentifier
    private RoundId id;
    private BoardId board;
    private SchoolId school;
    private String schoolYear;
    private Instant closesAt;
    private boolean closed;
    private boolean consent;
    private boolean delivered;

    protected Round() {
        // for Axon
    }

    @CommandHandler
    public Round(OpenRound c, Clock clock) {
        if (c.opensAt() == null || c.closesAt() == null) {
            throw new InvalidInput(c.opensAt() == null ? "opensAt" : "closesAt", "is required");
        }
        if (!c.closesAt().isAfter(c.opensAt())) {
            throw new RuleViolation("closesAt", "a round closes after it opens");
        }
        if (!c.closesAt().isAfter(clock.instant())) {
            throw new RuleViolation("closesAt", "the window has already ended");
        }
        if (Duration.between(c.opensAt(), c.closesAt()).compareTo(MAX_WINDOW) > 0) {
            throw new RuleViolation("closesAt", "a round lasts at most " + MAX_WINDOW.toDays() + " days");
        }
        if (!c.instrumentAudiences().contains(c.audience())) {
            throw new RuleViolation("audience", "instrument " + c.instrumentId() + " is not meant for " + c.audience());
        }
        apply(new RoundOpened(c.roundId(), c.board(), c.school(), SchoolYears.of(c.opensAt()), c.instrumentId(),
                c.instrumentVersion(), c.audience(), c.opensAt(), c.closesAt(), c.openedBy()));
    }

    @CommandHandler
    void handle(IssueCodes c, Clock clock) {
        requireNotClosed();
        if (!clock.instant().isBefore(closesAt)) {
            throw new RuleViolation("roundId", "the window of this round has ended");
        }
        if (c.count() < 1 || c.count() > MAX_CODES_PER_BATCH) {
            throw new InvalidInput("count", "1 to " + MAX_CODES_PER_BATCH + " codes per class");
        }
        apply(new CodesIssued(id, board, school, c.batchId(), c.classLabel(), c.yearGroup(), c.count()));
    }

    @CommandHandler
    void handle(CloseRound c, Clock clock) {
        requireNotClosed();
        Instant now = clock.instant();
        apply(new RoundClosed(id, board, school, schoolYear, now, now.isBefore(closesAt), c.respondents()));
        apply(new MonitorResultsPublished(id, board, school, schoolYear, c.results()));
    }

    @CommandHandler
    void handle(RecordDeliveryConsent c, Clock clock) {
        if (consent) {
            throw new Conflict("consent", "consent for this round is already recorded");
        }
        apply(new DeliveryConsentRecorded(id, board, school, schoolYear, clock.instant(), c.actor()));
    }

    @CommandHandler
    void handle(DeliverToInspectie c, Clock clock) {
        if (!closed) {
            throw new RuleViolation("roundId", "only a closed round is delivered to the Inspectie");
        }
        if (!consent) {
            throw new RuleViolation("consent", "record the school's consent before delivering to the Inspectie");
        }
        if (delivered) {
            throw new Conflict("roundId", "this round was already delivered to the Inspectie");
        }
        apply(new DeliveredToInspectie(id, board, school, schoolYear, clock.instant(), c.actor(), c.summarySha256()));
    }

    private void requireNotClosed() {
        if (closed) {
            throw new Conflict("roundId", "the round is closed; a closed round is final");
        }
    }

    @EventSourcingHandler
    void on(RoundOpened e) {
        id = e.roundId();
        board = e.board();
        school = e.school();
        schoolYear = e.schoolYear();
        closesAt = e.closesAt();
    }

    @EventSourcingHandler
    void on(RoundClosed e) {
        closed = true;
    }

    @EventSourcingHandler
    void on(DeliveryConsentRecorded e) {
        consent = true;
    }

    @EventSourcingHandler
    void on(DeliveredToInspectie e) {
        delivered = true;
    }
}
