package nl.koers.contracts.survey;

import java.time.Instant;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;

/**
 * A coordinator opened a round for a school: which instrument version, which audience, and the window in which
 * access codes work ({@code opensAt} inclusive, {@code closesAt} exclusive). {@code schoolYear} is e.g.
 * {@code 2026-2027} (1 August - 31 July), taken from {@code opensAt}.
 */
@KoersEvent(context = "survey", name = "RoundOpened")
public record RoundOpened(RoundId roundId, BoardId board, SchoolId school, String schoolYear, String instrumentId,
                          int instrumentVersion, Audience audience, Instant opensAt, Instant closesAt,
                          UserId openedBy) implements SurveyEvent {
}
