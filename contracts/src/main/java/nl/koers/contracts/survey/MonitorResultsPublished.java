package nl.koers.contracts.survey;

import java.util.List;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/**
 * The school-level result per scale of a closed round, for dashboards. A suppressed entry (fewer respondents than
 * the minimum group size) carries no numbers at all.
 */
@KoersEvent(context = "survey", name = "MonitorResultsPublished")
public record MonitorResultsPublished(RoundId roundId, BoardId board, SchoolId school, String schoolYear,
                                      List<ScaleResult> scales) implements SurveyEvent {

    public MonitorResultsPublished {
        scales = List.copyOf(scales);
    }

    /**
     * @param n               respondents with an answer on the scale (null when suppressed)
     * @param mean            mean scale score 1-5 (null when suppressed)
     * @param percentPositive share of respondents with a positive score, 0-100 (null when suppressed)
     */
    public record ScaleResult(Scale scale, Integer n, Double mean, Double percentPositive, boolean suppressed) {
        public static ScaleResult suppressed(Scale scale) {
            return new ScaleResult(scale, null, null, null, true);
        }
    }
}
