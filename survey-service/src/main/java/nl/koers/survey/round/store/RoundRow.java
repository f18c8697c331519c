package nl.koers.survey.round.store;

import java.time.Instant;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** A round as the read side knows it. */
public record RoundRow(RoundId roundId, BoardId board, SchoolId school, String schoolYear, String instrumentId,
                       int instrumentVersion, Audience audience, Instant opensAt, Instant closesAt, boolean closed,
                       Instant closedAt, Boolean early, Instant consentAt, Instant deliveredAt, String summarySha256) {
}
