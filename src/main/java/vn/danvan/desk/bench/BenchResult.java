package vn.danvan.desk.bench;

/** One measured operation: through the app's own code, and the same query written by hand in plain JDBC. */
public record BenchResult(String operation, Timings app, Timings baseline, int rows) {

    /** How much slower the app is than the hand-written baseline, by median. */
    public double ratio() {
        return baseline.median() == 0 ? 0 : app.median() / baseline.median();
    }
}
