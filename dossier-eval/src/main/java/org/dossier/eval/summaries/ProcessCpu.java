package org.dossier.eval.summaries;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the whole process has used, split by who used it: the JIT compilers, the garbage collector, and
 * everything else (the application's own threads).
 *
 * <p>Why the split matters for a throughput figure: in the first passes over a dataset the JIT compiles thousands
 * of methods, and on a loaded machine its compiler threads finish that work late, so a "warm" pass can still carry
 * seconds of compilation. The application's share is what a long-running process pays per cluster once the code is
 * compiled; the process total is what this pass really cost.
 *
 * <p>The split reads each thread's user and system time from {@code /proc/self/task/}{@code <id>/stat} (Linux; the
 * thread names "C1/C2 CompilerThread", "GC Thread", "G1 ...", "VM Thread" tell the kinds apart). Elsewhere only
 * the total is known, from the platform's {@code OperatingSystemMXBean}, and the parts are reported as -1.
 *
 * @param totalNanos CPU time of the whole process, or -1 when unknown
 * @param jitNanos   of which the JIT compiler threads, or -1 when unknown
 * @param gcNanos    of which the garbage collector and VM operation threads, or -1 when unknown
 */
public record ProcessCpu(long totalNanos, long jitNanos, long gcNanos) {
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Kernel clock ticks per second of /proc times: 100 on every Linux this runs on. */
    private static final long TICK_NANOS = 10_000_000L;

    /** The CPU time used so far. */
    public static ProcessCpu now() {
        long total = mxBeanTotal();
        if (!Files.isDirectory(TASKS)) {
            return new ProcessCpu(total, -1, -1);
        }
        long jit = 0;
        long gc = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended while we looked
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    continue;
                }
                String name = stat.substring(open + 1, close);
                // after the name: state, ppid, ... utime is the 14th field of the line, stime the 15th
                String[] fields = stat.substring(close + 2).split(" ");
                long nanos = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_NANOS;
                if (name.contains("CompilerThre")) {
                    jit += nanos;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
                    gc += nanos;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ProcessCpu(total, -1, -1);
        }
        return new ProcessCpu(total, jit, gc);
    }

    /** The CPU time used between {@code earlier} and this snapshot; parts stay unknown when either lacks them. */
    public ProcessCpu since(ProcessCpu earlier) {
        boolean parts = jitNanos >= 0 && earlier.jitNanos >= 0;
        // a thread that ended in between takes its time with it: the parts are then a little low, never negative
        return new ProcessCpu(totalNanos >= 0 && earlier.totalNanos >= 0 ? totalNanos - earlier.totalNanos : -1,
                parts ? Math.max(0, jitNanos - earlier.jitNanos) : -1,
                parts ? Math.max(0, gcNanos - earlier.gcNanos) : -1);
    }

    private static long mxBeanTotal() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
