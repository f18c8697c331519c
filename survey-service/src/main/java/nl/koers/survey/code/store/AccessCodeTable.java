package nl.koers.survey.code.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.contracts.survey.RoundId;
import nl.koers.survey.code.AccessCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Hashes of issued codes, and their single use. */
@Repository
public class AccessCodeTable {
    private final JdbcTemplate jdbc;

    AccessCodeTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a code belongs; unused or not. */
    public record CodeRow(RoundId roundId, String classLabel, int yearGroup, boolean used) {
    }

    public Optional<CodeRow> find(AccessCode code) {
        return jdbc.query("select round_id, class_label, year_group, used from survey_access_code where code_hash = ?",
                (rs, i) -> new CodeRow(new RoundId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getInt(3),
                        rs.getBoolean(4)), (Object) code.hash()).stream().findFirst();
    }

    /**
     * Uses the code up, atomically: of any number of concurrent attempts exactly one changes the row (the others wait
     * for its row lock, re-check {@code not used} and change nothing). Returns whether this attempt was the one.
     */
    public boolean consume(AccessCode code) {
        return jdbc.update("update survey_access_code set used = true where code_hash = ? and not used",
                (Object) code.hash()) == 1;
    }

    public void store(RoundId round, String classLabel, int yearGroup, List<AccessCode> codes) {
        List<Object[]> rows = new ArrayList<>(codes.size());
        codes.forEach(code -> rows.add(new Object[] {code.hash(), round.value(), classLabel, yearGroup}));
        jdbc.batchUpdate("insert into survey_access_code (code_hash, round_id, class_label, year_group) values (?,?,?,?)",
                rows);
    }
}
