package nl.koers.projection.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.SchoolYear;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.projection.dashboard.SchoolDashboard.ActionPoint;
import nl.koers.projection.dashboard.SchoolDashboard.ActionPoints;
import nl.koers.projection.dashboard.SchoolDashboard.Block;
import nl.koers.projection.dashboard.SchoolDashboard.Duty;
import nl.koers.projection.dashboard.SchoolDashboard.Incidents;
import nl.koers.projection.dashboard.SchoolDashboard.InspectieDelivery;
import nl.koers.projection.dashboard.SchoolDashboard.Light;
import nl.koers.projection.dashboard.SchoolDashboard.Monitor;
import nl.koers.projection.dashboard.SchoolDashboard.PlanProgress;
import nl.koers.projection.dashboard.SchoolDashboard.RoleCoverage;
import nl.koers.projection.dashboard.SchoolDashboard.Round;
import nl.koers.projection.dashboard.SchoolDashboard.ScaleResult;
import nl.koers.projection.dashboard.SchoolDashboard.Training;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes school dashboards from the read models, for one school or every school of a board at once (the board
 * dashboard): each fact is one query per board, grouped by school, so 100 schools cost the same handful of queries
 * as one. Derived facts (overdue, lights, alerts) are computed against {@code now}: the clock for a live dashboard,
 * the chosen moment for one "as of".
 */
@Component
public class Dashboards {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final int DUE_SOON_DAYS = 30;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Dashboards(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Isolation and read-only are set by the pipelined statements themselves: Spring's would cost a round trip to
        // set them and one to reset them on every dashboard.
        this.transaction = new TransactionTemplate(transactions);
    }

    public Instant now() {
        return clock.instant();
    }

    public SchoolDashboard school(BoardId board, SchoolId school, Instant asOf) {
        Instant now = asOf == null ? now() : asOf;
        return compute(board, school, now, asOf).get(school.value());
    }

    /** Every school of the board (from the school directory), keyed by school id, in directory order. */
    public Map<String, SchoolDashboard> board(BoardId board, Instant asOf) {
        return compute(board, null, asOf == null ? now() : asOf, asOf);
    }

    private Map<String, SchoolDashboard> compute(BoardId board, SchoolId only, Instant now, Instant asOf) {
        LocalDate today = LocalDate.ofInstant(now, NL);
        SchoolYear year = SchoolYear.containing(today);
        Scope scope = new Scope(board.value(), only == null ? null : only.value());
        Map<String, Facts> facts = new LinkedHashMap<>();
        // One school, live: every query of the dashboard goes to PostgreSQL in one round trip, in one read-only
        // snapshot (every figure of the same moment), instead of one round trip each (ADR 0066).
        FactReads.Pipelined pipelined = only != null && asOf == null ? new FactReads.Pipelined() : null;
        FactReads reads = pipelined != null ? pipelined : new FactReads.Immediate(jdbc);
        reads.query("select school_id, name, pupil_count from platform_school where board_id = ?" + scope.filter()
                + " order by school_id", rs -> {
                    facts.put(rs.getString(1), new Facts(rs.getString(2), (Integer) rs.getObject(3)));
                }, scope.args());
        if (only != null) {
            // Known to the access check, not (yet) to this copy of the school directory.
            reads.then(() -> facts.putIfAbsent(only.value(), new Facts(null, null)));
        }
        List<Runnable> queries = new ArrayList<>(incidents(reads, scope, facts, now, today));
        queries.addAll(plan(reads, scope, facts, year, today));
        queries.add(() -> monitor(reads, scope, facts, year));
        queries.add(() -> training(reads, scope, facts));
        if (pipelined != null) {
            queries.forEach(Runnable::run); // registers them
            transaction.executeWithoutResult(tx -> pipelined.run(jdbc,
                    "set transaction isolation level repeatable read, read only"));
        } else if (asOf != null) {
            queries.forEach(Runnable::run); // as of: on the replay's own connection, where its temporary copies are
        } else {
            parallel(queries);
        }
        Map<String, SchoolDashboard> dashboards = new LinkedHashMap<>();
        facts.forEach((school, f) -> dashboards.put(school, f.dashboard(school, asOf, year, today)));
        return dashboards;
    }

    /**
     * Runs the fact queries side by side, each on its own pooled connection: a dashboard then waits for its slowest
     * query instead of the sum of all of them. Each query fills fields of the schools' facts that no other one touches,
     * and joining the futures publishes what they wrote to this thread.
     */
    private static void parallel(List<Runnable> queries) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = queries.stream().<Future<?>>map(executor::submit).toList();
            for (Future<?> query : running) {
                query.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a dashboard", e);
        }
    }

    /** The board, and optionally one school, as a SQL filter with its arguments. */
    private record Scope(String board, String school) {
        String filter() {
            return school == null ? "" : " and school_id = ?";
        }

        Object[] args(Object... more) {
            List<Object> args = new ArrayList<>();
            args.add(board);
            if (school != null) {
                args.add(school);
            }
            args.addAll(List.of(more));
            return args.toArray();
        }
    }

    /**
     * The incident figures from the counters the database keeps next to incident_state (ADR 0053): per school and
     * category, per school and month, the open duty to report (a partial index finds those few rows), and the days to
     * close as a histogram in tenths of a day, from which the median is read. None of them reads the incidents
     * themselves, so a board of 100 schools and ~100,000 incidents reads a few thousand counter rows.
     */
    private List<Runnable> incidents(FactReads reads, Scope scope, Map<String, Facts> facts, Instant now,
            LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Runnable counted = () -> reads.query("select school_id, category, sum(reported), sum(open) "
                + "from incident_school_month where board_id = ?" + scope.filter() + " group by 1, 2", rs -> {
                    Facts f = facts.get(rs.getString(1));
                    if (f != null) {
                        f.byCategory.merge(Category.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                        f.open += rs.getLong(4);
                    }
                }, scope.args());
        Runnable months = () -> {
            reads.query("select school_id, month, sum(reported) from incident_school_month where board_id = ?"
                    + scope.filter() + " and month >= ? group by 1, 2", rs -> {
                        Facts f = facts.get(rs.getString(1));
                        if (f != null) {
                            f.byMonth.put(YearMonth.from(rs.getDate(2).toLocalDate()).toString(), rs.getLong(3));
                        }
                    }, scope.args(Date.valueOf(first.atDay(1))));
            reads.then(() -> facts.values().forEach(f -> f.months(first)));
        };
        Runnable reports = () -> reads.query("select school_id, count(*) filter (where report_deadline < ?), "
                + "count(*) filter (where report_deadline >= ?) from incident_state where board_id = ?"
                + scope.filter() + " and report_deadline is not null and reported_to_inspector is null group by 1",
                rs -> {
                    Facts f = facts.get(rs.getString(1));
                    if (f != null) {
                        f.reportsOverdue = rs.getLong(2);
                        f.reportsPending = rs.getLong(3);
                    }
                }, concat(new Object[] {Timestamp.from(now), Timestamp.from(now)}, scope.args()));
        Runnable closeTimes = () -> {
            Map<String, List<long[]>> histograms = new LinkedHashMap<>();
            reads.query("select school_id, tenths, closed from incident_close_time where board_id = ?" + scope.filter()
                    + " order by 1, 2", rs -> {
                        histograms.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new long[] {rs.getInt(2), rs.getLong(3)});
                    }, scope.args());
            reads.then(() -> histograms.forEach((school, histogram) -> {
                Facts f = facts.get(school);
                if (f != null) {
                    f.medianDaysToClose = medianDays(histogram);
                }
            }));
        };
        return List.of(counted, months, reports, closeTimes);
    }

    /**
     * The median of a histogram of {tenths of a day, count} in ascending order, in days to one decimal: the middle
     * value, or the mean of the two middle values for an even count (as SQL's {@code percentile_cont(0.5)}).
     */
    static Double medianDays(List<long[]> histogram) {
        long n = histogram.stream().mapToLong(bucket -> bucket[1]).sum();
        if (n == 0) {
            return null;
        }
        long low = valueAt(histogram, (n - 1) / 2);
        long high = valueAt(histogram, n / 2);
        return Math.round((low + high) / 2.0) / 10.0;
    }

    private static long valueAt(List<long[]> histogram, long index) {
        long seen = 0;
        for (long[] bucket : histogram) {
            seen += bucket[1];
            if (index < seen) {
                return bucket[0];
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond the histogram's " + seen + " values");
    }

    /** Topics per block and status, open action points, the duties' lights: three queries, each its own fields. */
    private List<Runnable> plan(FactReads reads, Scope scope, Map<String, Facts> facts, SchoolYear year,
            LocalDate today) {
        Runnable topics = () -> reads.query("select school_id, block, status, count(*) from plan_topic where board_id = ?" + scope.filter()
                + " and school_year = ? group by 1, 2, 3", rs -> {
                    Facts f = facts.get(rs.getString(1));
                    if (f != null) {
                        f.planStarted = true;
                        f.topics.computeIfAbsent(BuildingBlock.valueOf(rs.getString(2)), b -> new int[3])
                                [switch (rs.getString(3)) {
                                    case "DONE" -> 0;
                                    case "IN_PROGRESS" -> 1;
                                    default -> 2;
                                }] += rs.getInt(4);
                    }
                }, scope.args(year.value()));
        // Open action points counted in the index of open ones; only those overdue or due soon are read, as they are
        // the ones listed (a plan may hold hundreds that are neither).
        String open = " from plan_action_point where board_id = ?" + scope.filter()
                + " and school_year = ? and status in ('OPEN', 'IN_PROGRESS')";
        Runnable actionPoints = () -> {
            reads.query("select school_id, count(*)" + open + " group by 1", rs -> {
                Facts f = facts.get(rs.getString(1));
                if (f != null) {
                    f.openActionPoints = rs.getInt(2);
                }
            }, scope.args(year.value()));
            reads.query("select school_id, title, block, due_date, status, priority" + open + " and due_date < ?"
                    + " order by due_date, title", rs -> {
                        Facts f = facts.get(rs.getString(1));
                        if (f == null) {
                            return;
                        }
                        ActionPoint point = new ActionPoint(rs.getString(2), rs.getString(3),
                                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6));
                        (point.dueDate().isBefore(today) ? f.overdue : f.dueSoon).add(point);
                    }, scope.args(year.value(), Date.valueOf(today.plusDays(DUE_SOON_DAYS))));
        };
        Runnable duties = () -> reads.query("select school_id, code, title, kind, state, reason, rule_set_id from plan_duty where board_id = ?"
                + scope.filter() + " and school_year = ? order by school_id, position", rs -> {
                    Facts f = facts.get(rs.getString(1));
                    if (f != null) {
                        String state = rs.getString(5);
                        f.duties.add(new Duty(rs.getString(2), rs.getString(3), rs.getString(4), state,
                                switch (state) {
                                    case "MET" -> Light.GREEN;
                                    case "NOT_MET" -> Light.RED;
                                    default -> Light.GREY;
                                }, rs.getString(6), rs.getString(7)));
                    }
                }, scope.args(year.value()));
        return List.of(topics, actionPoints, duties);
    }

    /**
     * Per school only the rounds the dashboard shows, and their scales: the running one, the latest two closed, and
     * this school year's latest closed and latest delivered. Each is the first entry of an index kept in the
     * dashboard's order ({@code V6__dashboard_indexes.sql}), so a school with years of rounds costs what one with three
     * does (ADR 0070; ADR 0069 numbered every round of the board instead, and cost more than reading them).
     */
    private void monitor(FactReads reads, Scope scope, Map<String, Facts> facts, SchoolYear year) {
        String schools = scope.school() == null
                ? "select board_id, school_id from platform_school where board_id = ?"
                : "select ?::varchar as board_id, ?::varchar as school_id";
        String round = "select round_id, school_id, school_year, closed_at, respondents, delivered_at, opens_at "
                + "from monitor_round m where m.board_id = p.board_id and m.school_id = p.school_id and ";
        String latestFirst = " order by m.closed_at desc, m.opens_at desc, m.round_id limit ";
        Map<String, ShownRound> shown = new LinkedHashMap<>();
        reads.query("select r.round_id, r.school_id, r.school_year, r.closed_at, r.respondents, r.delivered_at, "
                + "r.opens_at, s.scale, s.n, s.mean, s.percent_positive, s.suppressed from (" + schools + ") p "
                + "cross join lateral ("
                + "(" + round + "m.closed_at is null and m.opens_at is not null" + latestFirst + "1) union "
                + "(" + round + "m.closed_at is not null" + latestFirst + "2) union "
                + "(" + round + "m.closed_at is not null and m.school_year = ?" + latestFirst + "1) union "
                + "(" + round + "m.delivered_at is not null and m.closed_at is not null and m.school_year = ?"
                + latestFirst + "1)) r "
                + "left join monitor_scale s on s.round_id = r.round_id "
                + "order by r.school_id, r.closed_at desc, r.opens_at desc, r.round_id, s.scale", rs -> {
                    ShownRound r = shown.get(rs.getString(1));
                    if (r == null) { // its first scale's row (or its only row, without scales)
                        r = new ShownRound(rs.getString(1), rs.getString(2), rs.getString(3),
                                instant(rs.getTimestamp(4)), (Integer) rs.getObject(5), instant(rs.getTimestamp(6)),
                                rs.getTimestamp(7) != null, new ArrayList<>());
                        shown.put(r.id(), r);
                    }
                    if (rs.getString(8) != null) {
                        r.scales().add(new ScaleResult(rs.getString(8), (Integer) rs.getObject(9),
                                (Double) rs.getObject(10), (Double) rs.getObject(11), rs.getBoolean(12)));
                    }
                }, scope.args(year.value(), year.value()));
        reads.then(() -> shown.values().forEach(r -> {
            Facts f = facts.get(r.school());
            if (f != null) {
                f.shown(r.round(), r.opened(), year);
            }
        }));
        reads.query("select school_id from monitor_reminder where board_id = ?" + scope.filter() + " and school_year = ?",
                rs -> {
                    Facts f = facts.get(rs.getString(1));
                    if (f != null) {
                        f.reminder = true;
                    }
                }, scope.args(year.value()));
    }

    private void training(FactReads reads, Scope scope, Map<String, Facts> facts) {
        reads.query("select school_id, role, trained_people, kinds, hours, gaps, window_years from training_coverage "
                + "where board_id = ?" + scope.filter() + " order by school_id, role", rs -> {
                    Facts f = facts.get(rs.getString(1));
                    if (f != null) {
                        f.training.add(new RoleCoverage(rs.getString(2), rs.getInt(3), split(rs.getString(4)),
                                rs.getBigDecimal(5).doubleValue(), split(rs.getString(6)), rs.getInt(7)));
                    }
                }, scope.args());
    }

    /** A round as read, before it becomes a {@link Round} with its scales (added as their rows come). */
    private record ShownRound(String id, String school, String schoolYear, Instant closedAt, Integer respondents,
                              Instant deliveredAt, boolean opened, List<ScaleResult> scales) {
        Round round() {
            return new Round(id, schoolYear, closedAt, respondents, deliveredAt, List.copyOf(scales));
        }
    }

    /** What the queries found for one school, turned into its dashboard. */
    private static final class Facts {
        final String name;
        final Integer pupils;
        final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        final Map<String, Long> byMonth = new LinkedHashMap<>();
        long open;
        Double medianDaysToClose;
        long reportsOverdue;
        long reportsPending;
        boolean planStarted;
        final Map<BuildingBlock, int[]> topics = new EnumMap<>(BuildingBlock.class);
        int openActionPoints;
        final List<ActionPoint> overdue = new ArrayList<>();
        final List<ActionPoint> dueSoon = new ArrayList<>();
        final List<Duty> duties = new ArrayList<>();
        Round latest;
        Round previous;
        Round running;
        Round closedThisYear;
        Round deliveredThisYear;
        boolean reminder;
        final List<RoleCoverage> training = new ArrayList<>();

        Facts(String name, Integer pupils) {
            this.name = name;
            this.pupils = pupils;
            for (Category category : Category.values()) {
                byCategory.put(category, 0L);
            }
        }

        /** The school's rounds come latest first (running before closed): the first of each kind is the one shown. */
        void shown(Round round, boolean opened, SchoolYear year) {
            if (round.closedAt() == null) {
                if (running == null && opened) {
                    running = round;
                }
            } else if (latest == null) {
                latest = round;
            } else if (previous == null) {
                previous = round;
            }
            if (year.value().equals(round.schoolYear()) && round.closedAt() != null) {
                closedThisYear = closedThisYear == null ? round : closedThisYear;
                if (round.deliveredAt() != null && deliveredThisYear == null) {
                    deliveredThisYear = round;
                }
            }
        }

        void months(YearMonth first) {
            Map<String, Long> filled = new LinkedHashMap<>();
            for (int i = 0; i < 12; i++) {
                String month = first.plusMonths(i).toString();
                filled.put(month, byMonth.getOrDefault(month, 0L));
            }
            byMonth.clear();
            byMonth.putAll(filled);
        }

        SchoolDashboard dashboard(String school, Instant asOf, SchoolYear year, LocalDate today) {
            long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
            Incidents incidents = new Incidents(total, open, byCategory, byMonth, medianDaysToClose, reportsOverdue,
                    reportsPending);
            SchoolDashboard dashboard = new SchoolDashboard(school, name, pupils, asOf, year.value(), List.copyOf(duties),
                    delivery(year, today), plan(), new ActionPoints(openActionPoints, overdue, dueSoon), incidents,
                    new Monitor(latest, previous, running), new Training(training,
                            (int) training.stream().filter(r -> !r.gaps().isEmpty()).count()), List.of());
            return withAlerts(dashboard, Alerts.of(dashboard, today));
        }

        private InspectieDelivery delivery(SchoolYear year, LocalDate today) {
            LocalDate deadline = LocalDate.of(year.firstYear() + 1, 7, 1);
            String status;
            if (deliveredThisYear != null) {
                status = "DELIVERED";
            } else if (today.isAfter(deadline)) {
                status = "OVERDUE";
            } else if (closedThisYear != null) {
                status = "NOT_DELIVERED";
            } else {
                status = "NO_CLOSED_ROUND";
            }
            Round round = deliveredThisYear != null ? deliveredThisYear : closedThisYear;
            return new InspectieDelivery(year.value(), deadline, status, round == null ? null : round.closedAt(),
                    deliveredThisYear == null ? null : deliveredThisYear.deliveredAt(), reminder);
        }

        private PlanProgress plan() {
            List<Block> blocks = new ArrayList<>();
            int all = 0;
            int allDone = 0;
            for (BuildingBlock block : BuildingBlock.values()) {
                int[] counts = topics.getOrDefault(block, new int[3]);
                int total = counts[0] + counts[1] + counts[2];
                blocks.add(new Block(block.name(), block.label(), total, counts[0], counts[1], counts[2],
                        percent(counts[0], total)));
                all += total;
                allDone += counts[0];
            }
            return new PlanProgress(planStarted, blocks, all, allDone, percent(allDone, all));
        }
    }

    private static SchoolDashboard withAlerts(SchoolDashboard d, List<SchoolDashboard.Alert> alerts) {
        return new SchoolDashboard(d.schoolId(), d.schoolName(), d.pupils(), d.asOf(), d.schoolYear(), d.duties(),
                d.inspectieDelivery(), d.plan(), d.actionPoints(), d.incidents(), d.monitor(), d.training(), alerts);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 100f / whole);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Object[] concat(Object[]... parts) {
        List<Object> all = new ArrayList<>();
        for (Object[] part : parts) {
            all.addAll(List.of(part));
        }
        return all.toArray();
    }
}
