package nl.koers.projection.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A read-model statement as a form with arguments, not as free SQL: live it is that SQL, and a rebuild can also carry
 * it out on rows held in memory ({@link Fold}), because the form says exactly what it does to which rows. There are
 * three: an insert that keeps an existing row or updates some of its columns, an update of one row by its key, and the
 * delete of a group of rows.
 */
public abstract sealed class Write permits Write.RowWrite, Write.Delete {
    private final Table table;
    private final String sql;
    /** Where the group's values stand among the arguments. */
    private final int[] groupArgs;

    Write(Table table, String sql, int[] groupArgs) {
        this.table = table;
        this.sql = sql;
        this.groupArgs = groupArgs;
    }

    public Table table() {
        return table;
    }

    /** The statement live: positional parameters in the order of the arguments. */
    public String sql() {
        return sql;
    }

    /** The group of rows these arguments address ({@link Table#group()}): one value, or a list of several. */
    public Object group(Object[] args) {
        return values(args, groupArgs, table.group().size());
    }

    /** {@code insert into t (columns) values (…) on conflict do nothing}; see {@link Insert#orUpdate}. */
    public static Insert insert(Table table, String columns) {
        return new Insert(table, names(columns), List.of());
    }

    /** {@code update t set columns = … where key = …}: the arguments are the new values, then the key. */
    public static Update update(Table table, String columns) {
        return update(table, names(columns));
    }

    public static Update update(Table table, List<String> columns) {
        return new Update(table, columns);
    }

    /** {@code delete from t where group = …}: the arguments are the group's values. */
    public static Delete delete(Table table) {
        return new Delete(table);
    }

    /**
     * A write that addresses one row by its key: where the key and the written columns stand among the arguments and
     * in a row of the table.
     */
    public abstract static sealed class RowWrite extends Write permits Insert, Update {
        private final int[] positions;
        private final int[] keyArgs;
        private final int[] rowKey;

        RowWrite(Table table, String sql, List<String> columns, int[] keyArgs) {
            super(table, sql, keyArgs);
            this.positions = columns.stream().mapToInt(table::position).toArray();
            this.keyArgs = keyArgs;
            this.rowKey = table.keyPositions();
        }

        /** The key's values among the arguments, in key order. */
        int[] keyArgs() {
            return keyArgs;
        }

        /** The key's positions in a row of the table, in key order. */
        int[] rowKey() {
            return rowKey;
        }

        /** The table positions of the written columns, in argument order. */
        int[] positions() {
            return positions;
        }
    }

    /**
     * Inserts a row; if its key exists, leaves the row (no {@code set} columns) or sets the {@code set} columns to the
     * inserted values ({@code on conflict (key) do update set c = excluded.c}).
     */
    public static final class Insert extends RowWrite {
        private final List<String> columns;
        private final List<int[]> updates;

        private Insert(Table table, List<String> columns, List<String> set) {
            super(table, "insert into " + table.name() + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ") on conflict " + (set.isEmpty()
                            ? "do nothing"
                            : "(" + String.join(", ", table.key()) + ") do update set "
                                    + String.join(", ", set.stream().map(c -> c + " = excluded." + c).toList())),
                    columns, table.key().stream().mapToInt(k -> argument(columns, k)).toArray());
            this.columns = List.copyOf(columns);
            this.updates = set.stream().map(c -> new int[] {table.position(c), argument(columns, c)}).toList();
        }

        /** On a row with the same key, these columns take the inserted values instead of nothing happening. */
        public Insert orUpdate(String columns) {
            return new Insert(table(), this.columns, names(columns));
        }

        /** The table positions of the columns an existing row takes from the insert, with their argument indexes. */
        List<int[]> updates() {
            return updates;
        }
    }

    /** Sets some columns of the row with the given key; a missing row stays missing. */
    public static final class Update extends RowWrite {
        private final String bulkSql;

        private Update(Table table, List<String> columns) {
            super(table, "update " + table.name() + " set " + String.join(", ", columns.stream().map(c -> c + " = ?")
                    .toList()) + " where " + String.join(" and ", table.key().stream().map(k -> k + " = ?").toList()),
                    columns, IntStream.range(columns.size(), columns.size() + table.key().size()).toArray());
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("an update sets at least one column");
            }
            List<String> all = new ArrayList<>(columns);
            all.addAll(table.key());
            this.bulkSql = "update " + table.name() + " t set "
                    + String.join(", ", columns.stream().map(c -> c + " = u." + c + "::" + table.type(c)).toList())
                    + " from unnest(" + String.join(", ", all.stream().map(c -> "?::text[]").toList()) + ") as u("
                    + String.join(", ", all) + ") where "
                    + String.join(" and ", table.key().stream().map(k -> "t." + k + " = u." + k + "::"
                            + table.type(k)).toList());
        }

        /**
         * The same update for many rows as one statement: each argument position becomes a text array, cast back to
         * its column's type. Only for rows with distinct keys (a replay's round holds each key once).
         */
        String bulkSql() {
            return bulkSql;
        }
    }

    /** Deletes every row of one group. */
    public static final class Delete extends Write {
        private Delete(Table table) {
            super(table, "delete from " + table.name() + " where "
                    + String.join(" and ", table.group().stream().map(g -> g + " = ?").toList()),
                    IntStream.range(0, table.group().size()).toArray());
        }
    }

    private static List<String> names(String columns) {
        return Arrays.stream(columns.split(",")).map(String::strip).toList();
    }

    private static int argument(List<String> columns, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("the insert does not set " + column);
        }
        return index;
    }

    /** The first {@code width} of the given arguments: the value itself when one, else a list (equal by value). */
    private static Object values(Object[] args, int[] indexes, int width) {
        if (width == 1) {
            return args[indexes[0]];
        }
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
            values[i] = args[indexes[i]];
        }
        return Arrays.asList(values);
    }
}
