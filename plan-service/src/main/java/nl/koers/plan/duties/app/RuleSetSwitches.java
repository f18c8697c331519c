package nl.koers.plan.duties.app;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.koers.platform.id.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which switchable rule sets (coming law) a platform admin switched on; who and when is kept with the switch. */
@Repository
public class RuleSetSwitches {
    private final JdbcTemplate jdbc;

    RuleSetSwitches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Switch(String ruleSetId, boolean active, String switchedBy, Instant switchedAt) {
    }

    public Set<String> switchedOn() {
        return Set.copyOf(jdbc.queryForList("select rule_set_id from plan_rule_set_switch where active", String.class));
    }

    public List<Switch> all() {
        return jdbc.query("select * from plan_rule_set_switch order by rule_set_id", (rs, i) -> new Switch(
                rs.getString("rule_set_id"), rs.getBoolean("active"), rs.getString("switched_by"),
                rs.getTimestamp("switched_at").toInstant()));
    }

    public void set(String ruleSetId, boolean active, UserId by, Instant at) {
        jdbc.update("""
                insert into plan_rule_set_switch (rule_set_id, active, switched_by, switched_at) values (?, ?, ?, ?)
                on conflict (rule_set_id) do update set active = excluded.active, switched_by = excluded.switched_by,
                  switched_at = excluded.switched_at""", ruleSetId, active, by.value(), java.sql.Timestamp.from(at));
    }
}
