package nl.koers.projection.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the intake and a rebuild's switch-over apart: every intake transaction holds the lock shared (intakes do not
 * wait for each other); the switch-over takes it exclusively, so no event is applied to the live tables between the
 * rebuild's last catch-up and the moment the rebuilt tables replace them. Transaction-scoped: released at commit.
 */
@Component
public class ReadModelLock {
    private static final long KEY = 0x6b6f657273L; // "koers"
    private final JdbcTemplate jdbc;

    ReadModelLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void shared() {
        jdbc.query("select pg_advisory_xact_lock_shared(?)", rs -> { }, KEY);
    }

    public void exclusive() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> { }, KEY);
    }
}
