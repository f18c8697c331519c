package nl.koers.training.catalogue.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.CoursePublished;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.Role;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import nl.koers.training.input.Inputs;

/** The catalogue as a table, written in the transaction that stores the event (subscribing processor). */
@Component
@ProcessingGroup(CatalogueReadModel.GROUP)
public class CatalogueReadModel {
    public static final String GROUP = "training-read-model";
    private final JdbcTemplate jdbc;

    CatalogueReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CoursePublished e) {
        jdbc.update("""
                insert into training_course (course_id, board_id, kind, title, description, provider, target_roles,
                  lerarenregister, hours, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, e.courseId().value(), e.board() == null ? null : e.board().value(), e.kind().name(), e.title(),
                e.description(), e.provider(), e.targetRoles().stream().map(Role::claim).sorted()
                        .collect(Collectors.joining(",")), e.accreditation().lerarenregister(),
                e.accreditation().hours(), java.sql.Timestamp.from(e.publishedAt()));
    }

    /** The offers a caller of {@code board} sees: the provider catalogue and the board's own (null: provider only). */
    public List<CourseView> visibleTo(Optional<BoardId> board, Optional<CourseKind> kind) {
        return jdbc.query("""
                select * from training_course where (board_id is null or board_id = ?) and (?::varchar is null or kind = ?)
                order by published_at, course_id
                """, this::row, board.map(BoardId::value).orElse(null), kind.map(Enum::name).orElse(null),
                kind.map(Enum::name).orElse(null));
    }

    public Optional<CourseView> find(CourseId id) {
        return jdbc.query("select * from training_course where course_id = ?", this::row, id.value()).stream()
                .findFirst();
    }

    private CourseView row(ResultSet rs, int n) throws SQLException {
        Set<String> roles = Arrays.stream(rs.getString("target_roles").split(",")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return new CourseView(rs.getString("course_id"), rs.getString("board_id"),
                CourseKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                rs.getString("provider"), roles, rs.getBoolean("lerarenregister"),
                Inputs.hours(rs.getBigDecimal("hours")), rs.getTimestamp("published_at").toInstant());
    }
}
