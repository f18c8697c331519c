package nl.koers.survey.round.web;

import java.time.Instant;
import nl.koers.contracts.survey.Audience;

/**
 * Body of {@code POST /api/schools/{schoolId}/surveys/rounds}. Without an instrument the platform's default for the
 * audience is used (the simpler-language variant for SO/VSO), in its latest version.
 */
public record OpenRoundRequest(String instrumentId, Integer instrumentVersion, Audience audience, Instant opensAt,
                               Instant closesAt) {
}
