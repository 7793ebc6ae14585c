package vn.danvan.desk.bench;

import java.util.Arrays;

/** Wall-clock samples of one operation, in milliseconds, with median and 95th percentile (nearest rank). */
public record Timings(double[] millis) {

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double percentile(int p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
