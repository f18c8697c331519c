package nl.koers.projection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a rebuild's fold does with each form of write, and when a group's writes go to SQL instead (ADR 0063). */
class FoldTest {
    static final Table TABLE = Table.of("t", "g integer, k integer, v varchar, w varchar")
            .key(List.of("g", "k"), List.of("g"));
    static final Write.Insert KEEP = Write.insert(TABLE, "g, k, v");
    static final Write.Insert UPSERT = Write.insert(TABLE, "g, k, v, w").orUpdate("w");
    static final Write.Update SET_V = Write.update(TABLE, "v");
    static final Write.Delete DELETE = Write.delete(TABLE);

    final Fold fold = new Fold(100);

    boolean apply(Write write, Object... args) {
        return fold.apply(write, write.group(args), args);
    }

    @Test
    void a_second_insert_of_a_key_keeps_the_first_row() {
        apply(KEEP, 1, 1, "first");
        apply(KEEP, 1, 1, "second");

        assertThat(rows()).containsExactly(List.of(1, 1, "first", "-"));
    }

    @Test
    void an_insert_that_updates_on_conflict_sets_only_its_update_columns_of_an_existing_row() {
        apply(KEEP, 1, 1, "kept");
        apply(UPSERT, 1, 1, "ignored", "set");

        assertThat(rows()).containsExactly(List.of(1, 1, "kept", "set"));
    }

    @Test
    void an_update_of_a_missing_row_changes_nothing() {
        apply(SET_V, "changed", 1, 1);

        assertThat(rows()).isEmpty();
    }

    @Test
    void a_delete_removes_the_group_and_a_later_insert_starts_afresh() {
        apply(KEEP, 1, 1, "a");
        apply(KEEP, 1, 2, "b");
        apply(KEEP, 2, 1, "other group");
        apply(DELETE, 1);
        apply(KEEP, 1, 2, "c");

        assertThat(rows()).containsExactlyInAnyOrder(List.of(2, 1, "other group", "-"), List.of(1, 2, "c", "-"));
    }

    @Test
    void the_oldest_groups_leave_memory_first_and_are_not_folded_again() {
        Fold small = new Fold(4);
        for (int g = 0; g < 4; g++) {
            small.apply(KEEP, g, new Object[] {g, 0, "v"});
        }
        small.apply(KEEP, 4, new Object[] {4, 0, "v"}); // five rows: the oldest leave until three are held

        assertThat(small.held()).isEqualTo(3);
        assertThat(small.apply(SET_V, 0, new Object[] {"x", 0, 0})).isFalse(); // left: its SQL runs instead
        assertThat(small.apply(SET_V, 1, new Object[] {"x", 1, 0})).isFalse();
        assertThat(small.apply(SET_V, 2, new Object[] {"y", 2, 0})).isTrue(); // still held
    }

    @Test
    void the_table_holding_the_most_rows_gives_way_even_where_another_was_written_longer_ago() {
        Table few = Table.of("few", "k integer, v varchar").key("k");
        Write.Update setFew = Write.update(few, "v");
        Fold small = new Fold(8);
        small.apply(Write.insert(few, "k, v"), 0, new Object[] {0, "written first"});
        for (int g = 0; g < 8; g++) {
            small.apply(KEEP, g, new Object[] {g, 0, "v"});
        }

        assertThat(small.held()).isEqualTo(6);
        assertThat(small.apply(setFew, 0, new Object[] {"still held", 0})).isTrue();
        assertThat(small.apply(SET_V, 0, new Object[] {"left", 0, 0})).isFalse();
    }

    @Test
    void a_group_emptied_before_it_leaves_memory_comes_back_folded() {
        Fold small = new Fold(2);
        small.apply(KEEP, 0, new Object[] {0, 0, "v"});
        small.apply(DELETE, 0, new Object[] {0});
        for (int g = 1; g < 4; g++) {
            small.apply(KEEP, g, new Object[] {g, 0, "v"});
        }

        assertThat(small.apply(KEEP, 0, new Object[] {0, 0, "again"})).isTrue(); // it has no rows in the database
    }

    /** The rows the fold would copy, as lists, a column never set shown as "-". */
    private List<List<Object>> rows() {
        fold.evictAll();
        List<List<Object>> rows = new ArrayList<>();
        fold.leaving((table, copied) -> copied.forEach(row -> rows.add(Arrays.stream(row)
                .map(v -> v == null ? "-" : v).toList())));
        return rows;
    }
}
