package org.dossier.eval.summaries;

import java.util.Locale;

/**
 * How long the timed summarising pass of a batch run took, and what it cost in CPU: the figures a throughput claim
 * rests on. Negative values mean unknown.
 *
 * @param clusters      clusters summarised in the pass
 * @param threads       clusters summarised at once
 * @param warmPasses    untimed passes over all clusters before this one (0 for a cold run)
 * @param wallSeconds   wall-clock time of the pass
 * @param cpu           CPU time of the whole process during the pass, with its JIT and GC parts
 * @param workCpuNanos  CPU time of the summarising threads alone (each cluster timed on the thread that ran it):
 *                      the cost of the code itself, which other processes on the machine hardly change
 * @param loadAverage   the system load average (1 minute) at the end of the pass, or negative when unknown
 * @param cores         processors available to the JVM
 */
public record TimedPass(int clusters, int threads, int warmPasses, double wallSeconds, ProcessCpu cpu,
                        long workCpuNanos, double loadAverage, int cores) {

    /** A pass of which only the wall time is known. */
    public static TimedPass wallOnly(int clusters, double wallSeconds) {
        return new TimedPass(clusters, 1, 0, wallSeconds, new ProcessCpu(-1, -1, -1), -1, -1,
                Runtime.getRuntime().availableProcessors());
    }

    /** Clusters per second of wall-clock time: what this run achieved on the machine as loaded. */
    public double wallClustersPerSecond() {
        return wallSeconds > 0 ? clusters / wallSeconds : Double.POSITIVE_INFINITY;
    }

    /**
     * The throughput the pass would reach with each of its threads on a core of its own:
     * {@code clusters x threads / process CPU seconds} (JIT and GC included), NaN when unknown.
     */
    public double cpuClustersPerSecond() {
        return cpu.totalNanos() > 0 ? clusters * threads / (cpu.totalNanos() / 1e9) : Double.NaN;
    }

    /** Process CPU milliseconds per cluster (JIT and GC included), NaN when unknown. */
    public double cpuMillisPerCluster() {
        return cpu.totalNanos() >= 0 && clusters > 0 ? cpu.totalNanos() / 1e6 / clusters : Double.NaN;
    }

    /** CPU milliseconds per cluster of the summarising threads alone, NaN when unknown. */
    public double workMillisPerCluster() {
        return workCpuNanos >= 0 && clusters > 0 ? workCpuNanos / 1e6 / clusters : Double.NaN;
    }

    /** The lines printed under a result table: wall clock with the load, the CPU estimate and its parts. */
    public String lines() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "timed pass: %s, %d thread%s%n",
                warmPasses == 0 ? "cold (first pass)" : "warm (after " + warmPasses + " untimed pass"
                        + (warmPasses == 1 ? ")" : "es)"), threads, threads == 1 ? "" : "s"));
        sb.append(String.format(Locale.ROOT, "  wall clock:   %.1f clusters/s (%.2f s)", wallClustersPerSecond(),
                wallSeconds));
        if (loadAverage >= 0) {
            sb.append(String.format(Locale.ROOT, " at load average %.1f on %d cores", loadAverage, cores));
        }
        sb.append(String.format(Locale.ROOT, "%n"));
        if (cpu.totalNanos() > 0) {
            sb.append(String.format(Locale.ROOT,
                    "  CPU estimate: %.1f clusters/s on %d idle core%s (process CPU %.2f s, %.1f ms per cluster",
                    cpuClustersPerSecond(), threads, threads == 1 ? "" : "s", cpu.totalNanos() / 1e9,
                    cpuMillisPerCluster()));
            if (cpu.jitNanos() >= 0) {
                sb.append(String.format(Locale.ROOT, ": JIT %.1f, GC and VM %.1f", cpu.jitNanos() / 1e6 / clusters,
                        cpu.gcNanos() / 1e6 / clusters));
            }
            if (workCpuNanos >= 0) {
                sb.append(String.format(Locale.ROOT, ", summarising threads %.1f", workMillisPerCluster()));
            }
            sb.append(String.format(Locale.ROOT, ")%n"));
        }
        return sb.toString();
    }
}
