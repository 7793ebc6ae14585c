package vn.danvan.desk.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a bulk load spends its time: wall clock and the writing thread's own CPU time per phase. The CPU time stays
 * comparable between runs when other programs load the machine; the wall clock is what the user waits.
 */
final class DemoTimings {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, long[]> phases = new LinkedHashMap<>();

    void time(String phase, Runnable work) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        try {
            work.run();
        } finally {
            long[] sums = phases.computeIfAbsent(phase, p -> new long[2]);
            sums[0] += System.nanoTime() - wall;
            sums[1] += threads.getCurrentThreadCpuTime() - cpu;
        }
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        phases.forEach((phase, sums) -> out.add(String.format(Locale.ROOT, "%s %.1f s (cpu %.1f)", phase,
                sums[0] / 1e9, sums[1] / 1e9)));
        return out.toString();
    }
}
