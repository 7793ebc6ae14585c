package vn.danvan.desk.cli;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.bench.BenchResult;

/** {@code bench [--runs N] [--search TEXT]}: times the list's operations on the database, app vs plain JDBC. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the petition list's operations (median and p95, ms) against hand-written JDBC.")
final class BenchCommand extends DatabaseCommand {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "30", description = "Timed runs per operation (default: 30).")
    int runs;

    @Option(names = "--dashboard", description = "Time the dashboard (Tổng quan) instead: its first load after the "
            + "database opened, then each part and query (median and p95, ms).")
    boolean dashboard;

    @Option(names = "--search", paramLabel = "TEXT", defaultValue = "tran thi lan",
            description = "Text to search, accent-free as typed (default: \"tran thi lan\").")
    String search;

    BenchCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        if (dashboard) {
            return dashboard();
        }
        var results = services().benchmark().run(runs, search);
        var out = context.out();
        out.printf(Locale.ROOT, "%-42s %10s %10s %10s %10s %7s %6s%n", "operation", "app p50", "app p95",
                "jdbc p50", "jdbc p95", "ratio", "rows");
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, "%-42s %10.2f %10.2f %10.2f %10.2f %7.2f %6d%n", r.operation(),
                    r.app().median(), r.app().p95(), r.baseline().median(), r.baseline().p95(), r.ratio(), r.rows());
        }
        if (results.stream().noneMatch(r -> r.operation().startsWith("status change"))) {
            out.println("status change not measured: it needs " + 2 * (runs + 5)
                    + " petitions with the status RECEIVED (generate more demo data)");
        }
        out.printf(Locale.ROOT, "runs=%d, times in ms, ratio = app p50 / jdbc p50%n", runs);
        return 0;
    }

    private int dashboard() throws Exception {
        var results = services().dashboardBenchmark().run(runs);
        var out = context.out();
        out.printf(Locale.ROOT, "%-40s %10s %10s %10s %8s%n", "operation", "first", "p50", "p95", "rows");
        for (var r : results) {
            out.printf(Locale.ROOT, "%-40s %10s %10.2f %10.2f %8d%n", r.operation(),
                    Double.isNaN(r.first()) ? "-" : String.format(Locale.ROOT, "%.2f", r.first()),
                    r.runs().median(), r.runs().p95(), r.rows());
        }
        out.printf(Locale.ROOT, "runs=%d, times in ms; first = right after the database opened; each run is as of "
                + "another day%n", runs);
        return 0;
    }
}
