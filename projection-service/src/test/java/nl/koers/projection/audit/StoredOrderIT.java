package nl.koers.projection.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.koers.platform.test.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild reads the trail as stored and must still see each board's entries in chain order, whatever order the
 * table holds them in (ADR 0064): within the window by waiting, beyond it by reading the rest per board by seq.
 */
class StoredOrderIT {
    static JdbcTemplate jdbc;
    static TransactionTemplate transaction;
    static final List<String> CHAIN = new ArrayList<>();

    @BeforeAll
    static void trailStoredOutOfOrder() {
        SingleConnectionDataSource data = new SingleConnectionDataSource(TestPostgres.database("projection_stored_order"),
                TestPostgres.user(), "", true);
        data.setAutoCommit(false);
        jdbc = new JdbcTemplate(data);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        transaction.executeWithoutResult(tx -> {
            jdbc.execute("drop table if exists audit_entry");
            jdbc.execute("""
                    create table audit_entry (board_id varchar(5), seq bigint, event_id varchar(64), event_type
                      varchar(200), record_id varchar(200), school_id varchar(6), actor varchar(255), occurred_at
                      timestamptz, payload text, primary key (board_id, seq))""");
            // Three boards of 200 entries, mostly in order, some far out of it: each tenth entry of a board is
            // stored after everything else, and 41003 starts at seq 7 (its first entries were never in the trail).
            List<Object[]> late = new ArrayList<>();
            Random random = new Random(3);
            for (int i = 0; i < 200; i++) {
                for (String board : List.of("41001", "41002", "41003")) {
                    long seq = board.equals("41003") ? i + 7 : i + 1;
                    CHAIN.add(board + "/" + seq);
                    Object[] row = {board, seq, board + "-" + seq, "t", "r", null, "a",
                        Timestamp.from(Instant.parse("2026-11-20T10:15:00Z").plusSeconds(seq)), "{\"n\":" + seq + "}"};
                    if (random.nextInt(10) == 0) {
                        late.add(row);
                    } else {
                        insert(row);
                    }
                }
            }
            Collections.shuffle(late, random);
            late.forEach(StoredOrderIT::insert);
        });
    }

    static void insert(Object[] row) {
        jdbc.update("insert into audit_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
    }

    @Test
    void entries_stored_out_of_order_within_the_window_come_in_chain_order_per_board() {
        assertThat(read(1_000)).isEqualTo(perBoard(CHAIN));
    }

    @Test
    void beyond_the_window_the_rest_is_read_per_board_by_seq_and_nothing_is_lost_or_doubled() {
        assertThat(read(3)).isEqualTo(perBoard(CHAIN));
    }

    @Test
    void a_reader_of_some_boards_gets_exactly_theirs_in_chain_order() {
        List<String> read = new ArrayList<>();
        transaction.executeWithoutResult(tx -> new AuditTrail(jdbc).streamStored(7, 3, Set.of("41002"),
                entry -> read.add(entry.boardId() + "/" + entry.seq())));
        assertThat(read).isEqualTo(CHAIN.stream().filter(e -> e.startsWith("41002")).toList());
    }

    @Test
    void a_reader_of_no_boards_reads_nothing_and_ends() {
        List<String> read = new ArrayList<>();
        transaction.executeWithoutResult(tx -> new AuditTrail(jdbc).streamStored(7, 3, Set.of(),
                entry -> read.add(entry.boardId())));
        assertThat(read).isEmpty();
    }

    @Test
    void the_table_really_holds_the_trail_out_of_chain_order() {
        List<String> stored = transaction.execute(tx -> jdbc.queryForList(
                "select board_id || '/' || seq from audit_entry", String.class));
        assertThat(perBoard(stored)).isNotEqualTo(perBoard(CHAIN)).hasSameElementsAs(CHAIN);
    }

    /** What the rebuild's reader hands on, as board/seq, grouped by board in the order each board's came. */
    private static List<String> read(int window) {
        List<String> read = new ArrayList<>();
        transaction.executeWithoutResult(tx -> new AuditTrail(jdbc).streamStored(7, window,
                Set.of("41001", "41002", "41003"), entry -> read.add(entry.boardId() + "/" + entry.seq())));
        return perBoard(read);
    }

    /** The entries of each board in the order given, boards one after the other. */
    private static List<String> perBoard(List<String> entries) {
        List<String> grouped = new ArrayList<>();
        for (String board : List.of("41001", "41002", "41003")) {
            entries.stream().filter(e -> e.startsWith(board)).forEach(grouped::add);
        }
        return grouped;
    }
}
