package nl.koers.survey.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.koers.platform.id.UserId;
import nl.koers.survey.results.MinimumGroupSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Platform settings of the survey context; the minimum group size is the only one so far. */
@Repository
public class SurveySettings {
    static final String MINIMUM_GROUP_SIZE = "minimum-group-size";
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MinimumGroupSize fallback;

    SurveySettings(JdbcTemplate jdbc, Clock clock,
                   @Value("${koers.survey.minimum-group-size:10}") int fallback) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.fallback = new MinimumGroupSize(fallback);
    }

    public MinimumGroupSize minimumGroupSize() {
        List<String> rows = jdbc.queryForList("select value from survey_setting where name = ?", String.class,
                MINIMUM_GROUP_SIZE);
        return rows.isEmpty() ? fallback : new MinimumGroupSize(Integer.parseInt(rows.get(0)));
    }

    public void setMinimumGroupSize(MinimumGroupSize size, UserId actor) {
        jdbc.update("""
                insert into survey_setting (name, value, changed_at, changed_by) values (?, ?, ?, ?)
                on conflict (name) do update set value = excluded.value, changed_at = excluded.changed_at,
                  changed_by = excluded.changed_by""", MINIMUM_GROUP_SIZE, Integer.toString(size.value()),
                Timestamp.from(clock.instant()), actor.value());
    }
}
