package nl.koers.survey.representation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.survey.round.SchoolYears;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Representativeness across a board: response rate per location (school), school type and year group, for the rounds
 * of a school year, while they run and after, and the schools that have no round in that year at all. Counts only -
 * results stay per school, suppressed as there.
 */
@RestController
class BoardResponseRates {
    static final Set<Role> READERS = Set.of(Role.BOARD_ADMIN);
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BoardResponseRates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Rate(String group, int issued, int responded, Double percent) {
        static Rate of(String group, int issued, int responded) {
            return new Rate(group, issued, responded, issued == 0 ? null : Math.round(1000.0 * responded / issued) / 10.0);
        }
    }

    record SchoolRate(String schoolId, String name, String sector, String roundId, String status, int issued,
                      int responded, Double percent) {
    }

    /** A school of the board without any round in the school year: for a board, the first thing to follow up. */
    record School(String schoolId, String name, String sector) {
    }

    record View(String boardId, String schoolYear, List<SchoolRate> locations, List<School> withoutRound,
                List<Rate> schoolTypes, List<Rate> yearGroups) {
    }

    @GetMapping("/api/boards/{boardId}/surveys/response-rates")
    View rates(@PathVariable BoardId boardId, @RequestParam(required = false) String schoolYear) {
        BoardAccess.require(TenantScopes.current(), boardId, READERS);
        String year = schoolYear != null ? schoolYear : SchoolYears.of(clock.instant());
        if (!year.matches("\\d{4}-\\d{4}")) {
            throw new InvalidInput("schoolYear", "e.g. 2026-2027");
        }
        List<SchoolRate> locations = jdbc.query("""
                select r.school_id, coalesce(s.name, r.school_id) as name, coalesce(s.sector, 'ONBEKEND') as sector,
                       r.round_id, r.status,
                       coalesce((select sum(b.issued) from survey_code_batch b where b.round_id = r.round_id), 0) as issued,
                       (select count(*) from survey_response x where x.round_id = r.round_id) as responded
                from survey_round r left join survey_school s on s.school_id = r.school_id
                where r.board_id = ? and r.school_year = ? order by r.school_id, r.opens_at""", (rs, i) -> {
            Rate rate = Rate.of(rs.getString("school_id"), rs.getInt("issued"), rs.getInt("responded"));
            return new SchoolRate(rs.getString("school_id"), rs.getString("name"), rs.getString("sector"),
                    rs.getString("round_id"), rs.getString("status"), rate.issued(), rate.responded(), rate.percent());
        }, boardId.value(), year);
        Map<String, int[]> bySector = new TreeMap<>();
        locations.forEach(l -> add(bySector, l.sector(), l.issued(), l.responded()));
        Map<String, int[]> byYear = new TreeMap<>();
        jdbc.query("""
                select b.year_group, sum(b.issued) as issued,
                       (select count(*) from survey_response x join survey_round r2 on r2.round_id = x.round_id
                         where r2.board_id = ? and r2.school_year = ? and x.year_group = b.year_group) as responded
                from survey_code_batch b join survey_round r on r.round_id = b.round_id
                where r.board_id = ? and r.school_year = ? group by b.year_group""",
                rs -> {
                    add(byYear, String.format("jaargroep %d", rs.getInt("year_group")), rs.getInt("issued"),
                            rs.getInt("responded"));
                }, boardId.value(), year, boardId.value(), year);
        List<School> withoutRound = jdbc.query("""
                select s.school_id, s.name, s.sector from survey_school s where s.board_id = ? and not exists (
                  select 1 from survey_round r where r.school_id = s.school_id and r.school_year = ?)
                order by s.school_id""", (rs, i) -> new School(rs.getString(1), rs.getString(2), rs.getString(3)),
                boardId.value(), year);
        return new View(boardId.value(), year, locations, withoutRound, rates(bySector), rates(byYear));
    }

    private static void add(Map<String, int[]> sums, String key, int issued, int responded) {
        int[] sum = sums.computeIfAbsent(key, k -> new int[2]);
        sum[0] += issued;
        sum[1] += responded;
    }

    private static List<Rate> rates(Map<String, int[]> sums) {
        List<Rate> rates = new ArrayList<>();
        sums.forEach((key, sum) -> rates.add(Rate.of(key, sum[0], sum[1])));
        return rates;
    }
}
