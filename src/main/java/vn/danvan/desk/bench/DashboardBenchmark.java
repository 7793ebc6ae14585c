package vn.danvan.desk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.dashboard.DashboardDates;
import vn.danvan.desk.dashboard.DashboardRepository;
import vn.danvan.desk.dashboard.DashboardService;
import vn.danvan.desk.petition.PetitionBrowser;
import vn.danvan.desk.petition.PetitionQueryRepository.AsOf;

/**
 * Times the dashboard: each of its queries, its three parts and the whole page, first right after the database
 * opened (nothing in H2's cache yet), then {@code runs} times. Each timed run is made as of a different day (today,
 * the day before, ...) so that H2 cannot hand back the result of the same statement run before.
 */
public final class DashboardBenchmark {

    /**
     * One measured operation: its first run after the database opened (NaN for the single queries, timed only
     * afterwards), the timed runs, and how many rows or what count it gave.
     */
    public record Result(String operation, double first, Timings runs, int rows) {
    }

    private final DashboardService dashboard;
    private final DashboardRepository repository;
    private final PetitionBrowser browser;

    public DashboardBenchmark(DashboardService dashboard, DashboardRepository repository, PetitionBrowser browser) {
        this.dashboard = dashboard;
        this.repository = repository;
        this.browser = browser;
    }

    public List<Result> run(int runs) {
        if (runs < 1) {
            throw new UserException("cli.bench.runs");
        }
        LocalDate today = dashboard.dates().today();
        List<Operation> operations = List.of(
                new Operation("query: open petitions", d -> repository.openCounts(d.yearStart()).open()),
                new Operation("query: received this month", d -> repository.receivedCount(d.monthStart(),
                        d.today())),
                new Operation("query: the charts' 12 months", d -> repository
                        .receivedCounts(d.chartStart(), d.today()).months().size()),
                new Operation("query: resolved this month / year", d -> repository.resolvedCounts(d.yearStart(),
                        d.monthStart(), d.today()).withinThisYear()),
                new Operation("query: overdue / due within the week", d -> repository.dueCounts(d.today(),
                        d.weekEnd()).overdue()),
                new Operation("query: overdue count of the list's badge", d -> browser.overdueCount(asOf(d))),
                new Operation("query: field names", d -> repository.fieldNames().size()),
                new Operation("query: village names", d -> repository.villageNames().size()),
                new Operation("query: most overdue (10 rows)", d -> browser.mostOverdue(asOf(d), 10).size()),
                new Operation("query: next due (10 rows)", d -> browser.nextDue(asOf(d), 10).size()));
        List<Result> results = new ArrayList<>();
        // first the three parts as the window loads them after login, before anything is in H2's cache
        double[] first = page(dashboard.dates(today));
        double[][] parts = new double[PARTS.size() + 1][runs];
        for (int i = 0; i < runs; i++) {
            double[] run = page(dashboard.dates(today.minusDays(i + 1L)));
            for (int p = 0; p <= PARTS.size(); p++) {
                parts[p][i] = run[p];
            }
        }
        results.add(new Result("whole page (the three parts)", first[PARTS.size()], new Timings(parts[PARTS.size()]),
                0));
        for (int p = 0; p < PARTS.size(); p++) {
            results.add(new Result(PARTS.get(p), first[p], new Timings(parts[p]), 0));
        }
        for (Operation operation : operations) {
            double[] millis = new double[runs];
            int rows = 0;
            for (int i = 0; i < runs; i++) {
                DashboardDates dates = dashboard.dates(today.minusDays(runs + 1L + i));
                long t = System.nanoTime();
                rows = operation.count(dates);
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            results.add(new Result(operation.name(), Double.NaN, new Timings(millis), rows));
        }
        return results;
    }

    private static final List<String> PARTS = List.of("page: cards", "page: deadline lists",
            "page: charts + settlement rate");

    /** The page's three parts in the window's order, timed: each part's milliseconds, then their sum. */
    private double[] page(DashboardDates dates) {
        long start = System.nanoTime();
        DashboardService.Summary summary = dashboard.summary(dates);
        long cards = System.nanoTime();
        dashboard.deadlines(dates);
        long lists = System.nanoTime();
        dashboard.charts(summary);
        long charts = System.nanoTime();
        return new double[] {(cards - start) / 1e6, (lists - cards) / 1e6, (charts - lists) / 1e6,
                (charts - start) / 1e6};
    }

    private AsOf asOf(DashboardDates dates) {
        return browser.asOf(dates.today());
    }

    private record Operation(String name, java.util.function.ToIntFunction<DashboardDates> work) {
        int count(DashboardDates dates) {
            return work.applyAsInt(dates);
        }
    }

}
