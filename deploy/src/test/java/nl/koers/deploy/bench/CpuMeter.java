package nl.koers.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.koers.deploy.local.ServiceProcess;

/**
 * CPU time spent by every part of a benchmark: each service JVM, PostgreSQL (all its processes), and this JVM (the
 * load generator and the embedded Kafka broker). Throughput on a shared two-core machine depends on what else runs;
 * CPU time per operation does not, and {@code cores / (CPU per operation)} is the most any design with this cost can
 * do here. That is the capacity bound the benchmarks print next to the measured rate.
 */
final class CpuMeter {
    private static final double CLOCK_TICKS = 100.0; // USER_HZ on Linux
    private final List<ServiceProcess> services;
    private Map<String, Double> start;

    CpuMeter(List<ServiceProcess> services) {
        this.services = services;
    }

    void start() {
        start = snapshot();
    }

    /** CPU seconds per part since {@link #start()}, plus "all" (their sum) and "machine" (every process, /proc/stat). */
    Map<String, Double> stop() {
        Map<String, Double> end = snapshot();
        Map<String, Double> used = new LinkedHashMap<>();
        end.forEach((part, seconds) -> used.put(part, seconds - start.getOrDefault(part, 0.0)));
        double all = used.entrySet().stream().filter(e -> !e.getKey().equals("machine"))
                .mapToDouble(Map.Entry::getValue).sum();
        used.put("all", all);
        return used;
    }

    /** One line: each part's CPU ms per operation, their sum, and the capacity bound it implies on this machine. */
    static String perOperation(Map<String, Double> used, int operations, String unit) {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder line = new StringBuilder("CPU per " + unit + ":");
        used.forEach((part, seconds) -> {
            if (!part.equals("all") && !part.equals("machine")) {
                line.append(String.format(" %s %.2f ms,", part, seconds * 1000 / operations));
            }
        });
        double all = used.get("all") * 1000 / operations;
        line.append(String.format(" together %.2f ms -> at most %.0f %ss/s on %d cores", all, cores * 1000 / all, unit,
                cores));
        line.append(String.format(" (whole machine meanwhile %.2f ms per %s; more than together: other work shared"
                + " the cores)",
                used.get("machine") * 1000 / operations, unit));
        return line.toString();
    }

    private Map<String, Double> snapshot() {
        Map<String, Double> now = new LinkedHashMap<>();
        services.forEach(s -> now.put(s.name(), s.cpuSeconds()));
        now.put("postgres", postgres());
        now.put("bench+kafka", ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0));
        now.put("machine", machine());
        return now;
    }

    /** utime+stime of every postgres process, and of its exited children (cutime+cstime). */
    private static double postgres() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(CpuMeter::postgresTicks).sum() / CLOCK_TICKS;
        } catch (IOException e) {
            return 0;
        }
    }

    private static double postgresTicks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!comm.startsWith("postgres")) return 0;
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the comm: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            return Double.parseDouble(f[11]) + Double.parseDouble(f[12]) + Double.parseDouble(f[13])
                    + Double.parseDouble(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }

    /** All non-idle CPU time of the machine (first line of /proc/stat: user nice system idle iowait irq softirq steal). */
    private static double machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            double busy = 0;
            for (int i = 1; i <= 8; i++) {
                if (i != 4 && i != 5) busy += Double.parseDouble(f[i]);
            }
            return busy / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
