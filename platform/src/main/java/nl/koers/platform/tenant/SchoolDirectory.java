package nl.koers.platform.tenant;

import java.util.List;
import java.util.Optional;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.persistence.PlatformSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which board each school belongs to, learned from {@code koers.tenant.events}. Every service keeps its own copy so
 * that the tenant check never needs a remote call.
 */
public class SchoolDirectory {
    private final JdbcTemplate jdbc;

    public SchoolDirectory(JdbcTemplate jdbc, PlatformSchema schema) {
        this.jdbc = jdbc;
    }

    public Optional<BoardId> boardOf(SchoolId school) {
        List<String> rows = jdbc.queryForList(
                "select board_id from platform_school where school_id = ?", String.class, school.value());
        return rows.stream().findFirst().map(BoardId::new);
    }

    public void register(BoardId board, SchoolId school, String name, int pupils) {
        jdbc.update("""
                insert into platform_school (school_id, board_id, name, pupil_count) values (?, ?, ?, ?)
                on conflict (school_id) do update set board_id = excluded.board_id, name = excluded.name,
                  pupil_count = excluded.pupil_count
                """, school.value(), board.value(), name, pupils);
    }
}
