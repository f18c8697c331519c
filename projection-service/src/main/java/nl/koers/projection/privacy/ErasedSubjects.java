package nl.koers.projection.privacy;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.koers.contracts.incident.IncidentDataExpired;
import nl.koers.contracts.incident.PersonDataErased;
import nl.koers.platform.events.CloudEvent;
import nl.koers.projection.intake.ReadModel;
import nl.koers.projection.intake.ReadModelWrites;
import nl.koers.projection.intake.Table;
import nl.koers.projection.intake.Write;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which personal-data keys were deleted (erasure request or retention). The audit trail keeps the sealed bytes as they
 * travelled — its hash chain covers them — but shows every sealed value of an erased subject as erased.
 */
@Component
public class ErasedSubjects implements ReadModel {
    static final Table TABLE = Table.of("erased_subject",
            "subject varchar, board_id varchar, erased_at timestamptz, receipt_id uuid").key("subject");
    private static final Write.Insert ERASED = Write.insert(TABLE, "subject, board_id, erased_at, receipt_id");
    private final JdbcTemplate jdbc;
    private final ReadModelWrites writes;

    ErasedSubjects(JdbcTemplate jdbc, ReadModelWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE.name());
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.data()) {
            case PersonDataErased e -> erased(e.boardId().value(), List.of(e.subject()), Timestamp.from(e.erasedAt()),
                    e.receiptId());
            case IncidentDataExpired e -> erased(e.boardId().value(), e.subjects(), Timestamp.from(e.expiredAt()),
                    null);
            default -> {
            }
        }
    }

    private void erased(String board, Collection<String> subjects, Timestamp at, Object receipt) {
        for (String subject : subjects) {
            writes.insert(ERASED, subject, board, at, receipt);
        }
    }

    /** Every erased subject of the board: erasures are few next to events, so a page or an export loads them once. */
    public Set<String> of(String board) {
        return new HashSet<>(jdbc.queryForList("select subject from erased_subject where board_id = ?", String.class,
                board));
    }
}
