package nl.koers.projection.intake;

import java.util.List;

/**
 * A projection whose tables can be recomputed from the history: a rebuild replays every stored event into fresh
 * copies of {@link #tables()} and switches them in. The SQL of a read model names its tables unqualified, so the
 * same code writes the live tables or, with the rebuild's schema first on the search path, the fresh ones.
 * Columns must be comparable ({@code jsonb}, not {@code json}): the rebuild proves equality with {@code EXCEPT ALL}.
 */
public interface ReadModel extends Projection {
    List<String> tables();

    /**
     * Tables of {@link #tables()} that the database derives from the others (kept by a trigger live): a replay fills
     * them with these statements after its last event instead of row by row, each independent of the others.
     */
    default List<String> derivations() {
        return List.of();
    }

    /** The tables of {@link #tables()} that {@link #derivations()} fill. */
    default List<String> derivedTables() {
        return List.of();
    }
}
