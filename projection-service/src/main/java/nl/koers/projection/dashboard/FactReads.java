package nl.koers.projection.dashboard;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * How the dashboard's fact queries reach PostgreSQL: each at once (a board's, side by side on pooled connections; an
 * as-of's, on the replay's connection), or all of one school's dashboard in a single round trip (ADR 0066). A step
 * {@link #then} runs after the rows of the query before it, in both.
 */
sealed interface FactReads {
    void query(String sql, RowCallbackHandler rows, Object... args);

    void then(Runnable step);

    /** Each query runs when it is asked for. */
    record Immediate(JdbcTemplate jdbc) implements FactReads {
        @Override
        public void query(String sql, RowCallbackHandler rows, Object... args) {
            jdbc.query(sql, rows, args);
        }

        @Override
        public void then(Runnable step) {
            step.run();
        }
    }

    /**
     * The queries are collected, then sent as one statement of several, in order (the driver sends them together and
     * reads each result in turn); each query's rows go to its handler, then the steps that followed it run.
     */
    final class Pipelined implements FactReads {
        private record Query(String sql, RowCallbackHandler rows, Object[] args, List<Runnable> then) {
        }

        private final List<Query> queries = new ArrayList<>();

        @Override
        public void query(String sql, RowCallbackHandler rows, Object... args) {
            queries.add(new Query(sql, rows, args, new ArrayList<>()));
        }

        @Override
        public void then(Runnable step) {
            queries.getLast().then().add(step);
        }

        /** Runs {@code first} (a statement without rows, e.g. the transaction's settings), then every query. */
        void run(JdbcTemplate jdbc, String first) {
            StringBuilder sql = new StringBuilder(first);
            queries.forEach(query -> sql.append(";\n").append(query.sql()));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                    int index = 1;
                    for (Query query : queries) {
                        for (Object arg : query.args()) {
                            StatementCreatorUtils.setParameterValue(statement, index++, SqlTypeValue.TYPE_UNKNOWN,
                                    arg);
                        }
                    }
                    statement.execute(); // the first statement's count
                    for (Query query : queries) {
                        if (!statement.getMoreResults()) {
                            throw new IllegalStateException("no rows for " + query.sql());
                        }
                        try (ResultSet rs = statement.getResultSet()) {
                            while (rs.next()) {
                                query.rows().processRow(rs);
                            }
                        }
                        query.then().forEach(Runnable::run);
                    }
                }
                return null;
            });
        }
    }
}
