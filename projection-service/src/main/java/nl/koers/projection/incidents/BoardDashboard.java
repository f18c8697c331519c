package nl.koers.projection.incidents;

import java.util.Comparator;
import java.util.List;

/** Every school of a board side by side; this slice compares incidents (later: compliance, monitor, training). */
public record BoardDashboard(String boardId, int schools, long pupils, long incidents, Double incidentsPer100Pupils,
                             List<SchoolRow> rows) {

    /** {@code incidentsPer100Pupils} is null for a school without a pupil count, rather than a misleading number. */
    public record SchoolRow(String schoolId, String name, int pupils, long incidents, Double incidentsPer100Pupils) {
        static SchoolRow of(String school, String name, int pupils, long incidents) {
            return new SchoolRow(school, name, pupils, incidents, per100(incidents, pupils));
        }
    }

    enum Sort {
        NAME(Comparator.comparing(SchoolRow::name, String.CASE_INSENSITIVE_ORDER)),
        PUPILS(Comparator.comparingInt(SchoolRow::pupils)),
        INCIDENTS(Comparator.comparingLong(SchoolRow::incidents)),
        INCIDENTS_PER_100_PUPILS(Comparator.comparing(SchoolRow::incidentsPer100Pupils,
                Comparator.nullsFirst(Comparator.naturalOrder())));

        final Comparator<SchoolRow> order;

        Sort(Comparator<SchoolRow> order) {
            this.order = order;
        }
    }

    static BoardDashboard of(String board, List<SchoolRow> rows, Sort sort, boolean descending) {
        Comparator<SchoolRow> order = sort.order.thenComparing(SchoolRow::schoolId);
        List<SchoolRow> sorted = rows.stream().sorted(descending ? order.reversed() : order).toList();
        long pupils = rows.stream().mapToLong(SchoolRow::pupils).sum();
        long incidents = rows.stream().mapToLong(SchoolRow::incidents).sum();
        return new BoardDashboard(board, rows.size(), pupils, incidents, per100(incidents, pupils), sorted);
    }

    private static Double per100(long incidents, long pupils) {
        return pupils <= 0 ? null : Math.round(incidents * 10_000.0 / pupils) / 100.0;
    }
}
