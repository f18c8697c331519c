package nl.koers.projection.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.projection.intake.Projection;
import org.postgresql.jdbc.PgStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every event of a board to its hash-chained trail (inside the intake transaction, so once per event id)
 * and reads it back for search, export and verification. Personal data stays as it travelled: sealed.
 */
@Component
public class AuditTrail implements Projection {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(CloudEvent event) {
        if (event.boardId() == null) {
            return; // not a board's event (none today); nothing to attribute it to
        }
        jdbc.update("insert into audit_chain_head (board_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing",
                event.boardId(), AuditChain.GENESIS);
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where board_id = ? for update",
                event.boardId());
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prev = (String) head.get("last_hash");
        // PostgreSQL keeps microseconds: hash what is stored, or verification could never recompute it.
        Instant time = event.time().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unhashed = new AuditEntry(event.boardId(), seq, event.id(), event.type(), event.subject(),
                event.schoolId(), event.actor(), time, JSON.writeValueAsString(event.data()), prev, null);
        String hash = AuditChain.hash(prev, unhashed);
        jdbc.update("""
                insert into audit_entry (board_id, seq, event_id, event_type, record_id, school_id, actor, occurred_at,
                  payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.boardId(), seq, event.id(), event.type(), event.subject(), event.schoolId(), event.actor(),
                Timestamp.from(time), unhashed.payload(), prev, hash);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where board_id = ?", seq, hash,
                event.boardId());
    }

    public record Head(long lastSeq, String lastHash) {
    }

    Head head(BoardId board) {
        return jdbc.query("select last_seq, last_hash from audit_chain_head where board_id = ?",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)), board.value())
                .stream().findFirst().orElse(new Head(0, AuditChain.GENESIS));
    }

    /** Filters of a search; null means "any". */
    public record Query(String school, String record, String actor, String type, Instant from, Instant to) {
    }

    public List<AuditEntry> search(BoardId board, Query q, int offset, int limit) {
        List<Object> args = new ArrayList<>(List.of(board.value()));
        String where = filters(q, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from audit_entry where board_id = ?" + where + " order by seq limit ? offset ?",
                AuditTrail::entry, args.toArray());
    }

    /** Streams the board's whole trail in chain order (for export and verification) without loading it at once. */
    public void forEach(BoardId board, Query q, Consumer<AuditEntry> consumer) {
        List<Object> args = new ArrayList<>(List.of(board.value()));
        String where = filters(q, args);
        jdbc.query(con -> {
            var statement = con.prepareStatement("select * from audit_entry where board_id = ?" + where + " order by seq");
            statement.setFetchSize(1000);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, rs -> {
            consumer.accept(entry(rs, 0));
        });
    }

    /**
     * What a rebuild replays: the whole trail, each board's entries in chain order (by seq), only the columns a replay
     * needs, by index, the payload as bytes. Read as stored, through one cursor ({@code fetchSize} rows at a time):
     * boards are interleaved in the table, so reading by (board, seq) fetched a page per row, about four times the
     * work of the sequential scan (ADR 0064). {@link ChainOrder} restores each board's order; should more than
     * {@code window} entries arrive ahead of their turn, the rest is read per board by seq. Must run inside one
     * repeatable-read transaction: every query sees the same trail, and only then does the driver fetch in portions.
     */
    public void streamStored(int fetchSize, int window, Set<String> boards, Consumer<Stored> each) {
        Map<String, Long> first = new HashMap<>();
        String[] only = boards.toArray(String[]::new);
        jdbc.query(connection -> bind(connection.prepareStatement(
                "select board_id, min(seq) from audit_entry where board_id = any(?) group by board_id"),
                List.of((Object) only)), (ResultSet rs) -> {
            first.put(rs.getString(1), rs.getLong(2));
        });
        ChainOrder order = new ChainOrder(first, window, each);
        try {
            stream("where board_id = any(?)", List.of((Object) only), fetchSize, entry -> {
                if (!order.offer(entry)) {
                    throw new OutOfOrder();
                }
            });
            order.drain();
        } catch (OutOfOrder tooFar) {
            order.next().forEach((board, seq) -> stream("where board_id = ? and seq >= ? order by seq",
                    List.of(board, seq), fetchSize, each));
        }
    }

    private void stream(String where, List<Object> args, int fetchSize, Consumer<Stored> each) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select board_id, seq, event_id, event_type, record_id, school_id, actor, occurred_at, payload
                    from audit_entry\s""" + where);
            statement.setFetchSize(fetchSize);
            // Binary results from the first execution: times and numbers arrive as the 8 bytes they are, not as
            // text for the driver to parse (a second a million rows).
            statement.unwrap(PgStatement.class).setPrepareThreshold(-1);
            return bind(statement, args);
        }, (ResultSet rs) -> {
            each.accept(new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
                    rs.getBytes(9)));
        });
    }

    /** Binds the arguments in order, a {@code String[]} as a text array (for {@code = any(?)}). */
    private static PreparedStatement bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof String[] values) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("text", values));
            } else {
                statement.setObject(i + 1, args.get(i));
            }
        }
        return statement;
    }

    /** The trail is stored too far from chain order for {@link ChainOrder}'s window. */
    private static final class OutOfOrder extends RuntimeException {
        OutOfOrder() {
            super(null, null, false, false);
        }
    }

    /** One stored event as a replay reads it: its payload as the UTF-8 bytes PostgreSQL sent. */
    public record Stored(String boardId, long seq, String eventId, String eventType, String recordId,
                         String schoolId, String actor, Instant occurredAt, byte[] payload) {
    }

    /** Entries of one board beyond a position: what arrived while a rebuild was replaying. */
    public List<AuditEntry> beyond(String board, long seq) {
        return jdbc.query("select * from audit_entry where board_id = ? and seq > ? order by seq", AuditTrail::entry,
                board, seq);
    }

    /** Each board's last seq: about how many entries it has (a rebuild splits the boards among its readers). */
    public Map<String, Long> lastSeqs() {
        Map<String, Long> last = new HashMap<>();
        jdbc.query("select board_id, last_seq from audit_chain_head", (ResultSet rs) -> {
            last.put(rs.getString(1), rs.getLong(2));
        });
        return last;
    }

    public List<String> boards() {
        return jdbc.queryForList("select board_id from audit_chain_head order by board_id", String.class);
    }

    public long size() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private static String filters(Query q, List<Object> args) {
        StringBuilder where = new StringBuilder();
        add(where, args, "school_id = ?", q.school());
        add(where, args, "record_id = ?", q.record());
        add(where, args, "actor = ?", q.actor());
        add(where, args, "event_type = ?", q.type());
        add(where, args, "occurred_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
        add(where, args, "occurred_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
        return where.toString();
    }

    private static void add(StringBuilder where, List<Object> args, String clause, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            args.add(value);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getString("board_id"), rs.getLong("seq"), rs.getString("event_id"),
                rs.getString("event_type"), rs.getString("record_id"), rs.getString("school_id"), rs.getString("actor"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("payload"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
