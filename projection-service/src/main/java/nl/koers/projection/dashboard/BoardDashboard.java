package nl.koers.projection.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.koers.contracts.survey.Scale;

/**
 * Every school of a board side by side: compliance with the legal duties, incidents per 100 pupils, the latest monitor
 * results against the board average, training gaps and alerts. Board averages use only unsuppressed school results,
 * weighted by their respondents, so a suppressed school leaks nothing through the average.
 */
public record BoardDashboard(String boardId, Instant asOf, String schoolYear, int schools, long pupils, long incidents,
                             Double incidentsPer100Pupils, Map<String, Double> monitorAverage, long criticalAlerts,
                             List<SchoolRow> rows) {

    /** {@code monitor}: per scale the school's latest mean, absent when suppressed or not measured. */
    public record SchoolRow(String schoolId, String name, Integer pupils, long incidents, long openIncidents,
                            Double incidentsPer100Pupils, int legalDuties, int legalDutiesMet, int legalDutiesNotMet,
                            String inspectieDelivery, Map<String, Double> monitor, int trainingGaps, int alerts,
                            int criticalAlerts, List<SchoolDashboard.Alert> alertList) {
    }

    enum Sort {
        NAME(Comparator.comparing(SchoolRow::name, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))),
        PUPILS(Comparator.comparing(SchoolRow::pupils, Comparator.nullsFirst(Comparator.naturalOrder()))),
        INCIDENTS(Comparator.comparingLong(SchoolRow::incidents)),
        INCIDENTS_PER_100_PUPILS(nullsFirst(SchoolRow::incidentsPer100Pupils)),
        LEGAL_DUTIES_NOT_MET(Comparator.comparingInt(SchoolRow::legalDutiesNotMet)),
        ALERTS(Comparator.comparingInt(SchoolRow::criticalAlerts).thenComparingInt(SchoolRow::alerts)),
        TRAINING_GAPS(Comparator.comparingInt(SchoolRow::trainingGaps)),
        PERCEIVED_SAFETY(nullsFirst(row -> row.monitor().get(Scale.PERCEIVED_SAFETY.name()))),
        WELL_BEING(nullsFirst(row -> row.monitor().get(Scale.WELL_BEING.name())));

        final Comparator<SchoolRow> order;

        Sort(Comparator<SchoolRow> order) {
            this.order = order;
        }

        private static Comparator<SchoolRow> nullsFirst(Function<SchoolRow, Double> value) {
            return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
        }
    }

    static BoardDashboard of(String board, Instant asOf, Map<String, SchoolDashboard> schools, Sort sort,
            boolean descending) {
        List<SchoolRow> rows = schools.values().stream().map(BoardDashboard::row).toList();
        Comparator<SchoolRow> order = sort.order.thenComparing(SchoolRow::schoolId);
        List<SchoolRow> sorted = rows.stream().sorted(descending ? order.reversed() : order).toList();
        long pupils = rows.stream().mapToLong(r -> r.pupils() == null ? 0 : r.pupils()).sum();
        long incidents = rows.stream().mapToLong(SchoolRow::incidents).sum();
        String year = schools.values().stream().map(SchoolDashboard::schoolYear).findFirst().orElse(null);
        return new BoardDashboard(board, asOf, year, rows.size(), pupils, incidents, per100(incidents, pupils),
                average(schools.values()), rows.stream().mapToLong(SchoolRow::criticalAlerts).sum(), sorted);
    }

    private static SchoolRow row(SchoolDashboard d) {
        List<SchoolDashboard.Duty> legal = d.duties().stream().filter(duty -> "WETTELIJK".equals(duty.kind())).toList();
        Map<String, Double> monitor = new LinkedHashMap<>();
        if (d.monitor().latest() != null) {
            d.monitor().latest().scales().stream().filter(s -> !s.suppressed() && s.mean() != null)
                    .forEach(s -> monitor.put(s.scale(), s.mean()));
        }
        int critical = (int) d.alerts().stream().filter(a -> Alerts.CRITICAL.equals(a.severity())).count();
        return new SchoolRow(d.schoolId(), d.schoolName(), d.pupils(), d.incidents().total(), d.incidents().open(),
                per100(d.incidents().total(), d.pupils() == null ? 0 : d.pupils()), legal.size(),
                (int) legal.stream().filter(duty -> "MET".equals(duty.state())).count(),
                (int) legal.stream().filter(duty -> "NOT_MET".equals(duty.state())).count(),
                d.inspectieDelivery().status(), monitor, d.training().rolesWithGaps(), d.alerts().size(), critical,
                d.alerts());
    }

    private static Map<String, Double> average(Iterable<SchoolDashboard> schools) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SchoolDashboard d : schools) {
            if (d.monitor().latest() == null) {
                continue;
            }
            for (SchoolDashboard.ScaleResult s : d.monitor().latest().scales()) {
                if (!s.suppressed() && s.mean() != null && s.n() != null) {
                    double[] sum = sums.computeIfAbsent(s.scale(), k -> new double[2]);
                    sum[0] += s.mean() * s.n();
                    sum[1] += s.n();
                }
            }
        }
        Map<String, Double> average = new LinkedHashMap<>();
        sums.forEach((scale, sum) -> average.put(scale, Math.round(sum[0] / sum[1] * 100) / 100.0));
        return average;
    }

    private static Double per100(long incidents, long pupils) {
        return pupils <= 0 ? null : Math.round(incidents * 10_000.0 / pupils) / 100.0;
    }
}
