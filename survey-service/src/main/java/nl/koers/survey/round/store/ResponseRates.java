package nl.koers.survey.round.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.koers.contracts.survey.RoundId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Representativeness while a round runs: codes issued and responses per class and year group, so a coordinator
 * sees which classes still have to answer. Counts are not answers: they are shown for every class.
 */
@Repository
public class ResponseRates {
    private final JdbcTemplate jdbc;

    ResponseRates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Rate(String group, int yearGroup, int issued, int responded, Double percent) {
        static Rate of(String group, int yearGroup, int issued, int responded) {
            return new Rate(group, yearGroup, issued, responded,
                    issued == 0 ? null : Math.round(1000.0 * responded / issued) / 10.0);
        }
    }

    public record Rates(Rate school, List<Rate> classes, List<Rate> yearGroups) {
    }

    public Rates of(RoundId round) {
        List<Rate> classes = jdbc.query("""
                select b.class_label, max(b.year_group) as year_group, sum(b.issued) as issued,
                       (select count(*) from survey_response r
                         where r.round_id = b.round_id and r.class_label = b.class_label) as responded
                from survey_code_batch b where b.round_id = ? group by b.round_id, b.class_label
                order by b.class_label""",
                (rs, i) -> Rate.of(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), round.value());
        Map<Integer, int[]> byYear = new TreeMap<>();
        int issued = 0;
        int responded = 0;
        for (Rate rate : classes) {
            int[] sums = byYear.computeIfAbsent(rate.yearGroup(), y -> new int[2]);
            sums[0] += rate.issued();
            sums[1] += rate.responded();
            issued += rate.issued();
            responded += rate.responded();
        }
        List<Rate> years = new ArrayList<>();
        byYear.forEach((year, sums) -> years.add(Rate.of("jaargroep " + year, year, sums[0], sums[1])));
        return new Rates(Rate.of("school", 0, issued, responded), classes, years);
    }
}
