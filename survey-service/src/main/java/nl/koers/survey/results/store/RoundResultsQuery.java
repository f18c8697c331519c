package nl.koers.survey.results.store;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.MonitorResultsPublished.ScaleResult;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.Scale;
import nl.koers.platform.id.BoardId;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.Question;
import nl.koers.survey.results.MinimumGroupSize;
import nl.koers.survey.results.RoundResults;
import nl.koers.survey.results.Tally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Adds up the stored responses of a round per class; suppression is applied by {@link RoundResults}. */
@Repository
public class RoundResultsQuery {
    /** A board average needs at least this many schools, or it would show another school's result to a school. */
    public static final int MIN_SCHOOLS_FOR_BOARD_AVERAGE = 3;
    private final JdbcTemplate jdbc;

    RoundResultsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RoundResults results(RoundId round, Instrument instrument, MinimumGroupSize k) {
        return RoundResults.of(instrument, scaleTallies(round), questionTallies(round, instrument), k);
    }

    public int respondents(RoundId round) {
        return jdbc.queryForObject("select count(*) from survey_response where round_id = ?", Integer.class,
                round.value());
    }

    private Map<Scale, Map<String, Tally>> scaleTallies(RoundId round) {
        Map<Scale, Map<String, Tally>> tallies = new EnumMap<>(Scale.class);
        jdbc.query("""
                select class_label, s.key, round(s.value::numeric)::int as bucket, count(*) as n,
                       sum(s.value::float8) as total,
                       count(*) filter (where s.value::float8 >= ?) as positive
                from survey_response r, jsonb_each_text(r.scales) s
                where r.round_id = ? group by 1, 2, 3""", rs -> {
            Tally tally = new Tally(rs.getInt("n"), rs.getDouble("total"), rs.getInt("positive"),
                    Map.of(rs.getInt("bucket"), rs.getInt("n")));
            tallies.computeIfAbsent(Scale.valueOf(rs.getString("key")), s -> new HashMap<>())
                    .merge(rs.getString("class_label"), tally, Tally::plus);
        }, RoundResults.POSITIVE_SCALE_SCORE, round.value());
        return tallies;
    }

    private Map<String, Map<String, Tally>> questionTallies(RoundId round, Instrument instrument) {
        Map<String, Question> questions = instrument.byId();
        Map<String, Map<String, Tally>> tallies = new HashMap<>();
        jdbc.query("""
                select class_label, a.key, a.value::int as value, count(*) as n
                from survey_response r, jsonb_each_text(r.answers) a
                where r.round_id = ? group by 1, 2, 3""", rs -> {
            Question question = questions.get(rs.getString("key"));
            int value = rs.getInt("value");
            int n = rs.getInt("n");
            Tally tally = new Tally(n, (double) value * n, question.positive(value) ? n : 0, Map.of(value, n));
            tallies.computeIfAbsent(question.id(), q -> new HashMap<>()).merge(rs.getString("class_label"), tally,
                    Tally::plus);
        }, round.value());
        return tallies;
    }

    /** The school line per scale of a closed round, as published when it closed. */
    public Map<Scale, ScaleResult> publishedScales(RoundId round) {
        Map<Scale, ScaleResult> results = new EnumMap<>(Scale.class);
        jdbc.query("select scale, n, mean, percent_positive, suppressed from survey_round_result where round_id = ?",
                rs -> {
                    Scale scale = Scale.valueOf(rs.getString("scale"));
                    results.put(scale, rs.getBoolean("suppressed") ? ScaleResult.suppressed(scale)
                            : new ScaleResult(scale, rs.getInt("n"), rs.getDouble("mean"),
                            rs.getDouble("percent_positive"), false));
                }, round.value());
        return results;
    }

    /** Board average per scale over the closed rounds of the same school year and audience, suppressed lines left out. */
    public Map<Scale, BoardAverage> boardAverages(BoardId board, String schoolYear, Audience audience,
                                                  MinimumGroupSize k) {
        Map<Scale, BoardAverage> averages = new EnumMap<>(Scale.class);
        jdbc.query("""
                select rr.scale, count(distinct r.school_id) as schools, sum(rr.n) as n,
                       sum(rr.n * rr.mean) / sum(rr.n) as mean,
                       sum(rr.n * rr.percent_positive) / sum(rr.n) as positive
                from survey_round_result rr join survey_round r on r.round_id = rr.round_id
                where r.board_id = ? and r.school_year = ? and r.audience = ? and not rr.suppressed
                group by rr.scale""", rs -> {
            int schools = rs.getInt("schools");
            int n = rs.getInt("n");
            Scale scale = Scale.valueOf(rs.getString("scale"));
            averages.put(scale, schools < MIN_SCHOOLS_FOR_BOARD_AVERAGE || n < k.value()
                    ? BoardAverage.notShown(schools)
                    : new BoardAverage(schools, n, round(rs.getDouble("mean")), round(rs.getDouble("positive")), true));
        }, board.value(), schoolYear, audience.name());
        return averages;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** {@code shown} is false when too few schools or respondents are behind it. */
    public record BoardAverage(int schools, Integer n, Double mean, Double percentPositive, boolean shown) {
        static BoardAverage notShown(int schools) {
            return new BoardAverage(schools, null, null, null, false);
        }
    }
}
