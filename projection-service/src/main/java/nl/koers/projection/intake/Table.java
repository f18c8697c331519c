package nl.koers.projection.intake;

import java.util.Arrays;
import java.util.List;

/**
 * A read-model table as its writes see it: its columns in table order with their SQL types, its unique key, and the
 * group of rows a write may touch at once (a prefix of the key: the rows one delete removes, for example a plan's
 * duties). {@code RebuildIT} holds every declaration against the database's catalog, so the SQL the forms
 * generate and the rows a rebuild copies have the live table's shape.
 *
 * @param columns "name type" pairs, in table order
 * @param key     the unique key (the conflict target of an insert); the primary key of the table
 * @param group   a prefix of the key: the rows that every write of this table addresses together
 */
public record Table(String name, List<String> columns, List<String> types, List<String> key, List<String> group) {
    public Table {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        key = List.copyOf(key);
        group = List.copyOf(group);
        if (types.size() != columns.size() || !columns.containsAll(key) || !key.subList(0, group.size()).equals(group)) {
            throw new IllegalArgumentException("a type per column, a key among the columns and a group that is a "
                    + "prefix of the key: " + name);
        }
    }

    /**
     * {@code Table.of("t", "a uuid, b varchar, c timestamptz").key("a")}: columns as in the table's DDL, in order.
     */
    public static Columns of(String name, String columns) {
        List<String[]> pairs = Arrays.stream(columns.split(",")).map(String::strip).map(c -> c.split(" ", 2)).toList();
        return new Columns(name, pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1].strip()).toList());
    }

    /** A table whose columns are known and whose key is next. */
    public record Columns(String name, List<String> columns, List<String> types) {
        /** Every write addresses one row, by the whole key. */
        public Table key(String... key) {
            return new Table(name, columns, types, List.of(key), List.of(key));
        }

        /** Every write addresses the rows of one group, a prefix of the key (a delete removes the group's rows). */
        public Table key(List<String> key, List<String> group) {
            return new Table(name, columns, types, key, group);
        }
    }

    /**
     * The name's hash (cached by the string): a table is a map key for every write a replay folds or collects, and the
     * record's own hash over all its lists was a tenth of the fold's time. Equal tables have equal names.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The table positions of the key's columns, in key order. */
    int[] keyPositions() {
        return key.stream().mapToInt(this::position).toArray();
    }

    int position(String column) {
        int position = columns.indexOf(column);
        if (position < 0) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return position;
    }

    String type(String column) {
        return types.get(position(column));
    }
}
