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

    /** The CPU time the calling thread has used so far. */
    long currentThreadCpu() {
        return threads.getCurrentThreadCpuTime();
    }

    /** Adds the CPU time another thread (the composer) reported. */
    void otherThreadCpu(String name, long nanos) {
        phases.put(name + " (own thread)", new long[] {0, nanos});
    }

    /** Adds the time the JVM spent collecting garbage so far, over all its collectors. */
    void garbageCollection() {
        long millis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        phases.put("garbage collection (all threads)", new long[] {millis * 1_000_000, 0});
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        phases.forEach((phase, sums) -> out.add(String.format(Locale.ROOT, "%s %.1f s (cpu %.1f)", phase,
                sums[0] / 1e9, sums[1] / 1e9)));
        return out.toString();
    }
}
