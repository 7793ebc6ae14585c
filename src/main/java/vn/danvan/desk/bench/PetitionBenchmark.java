package vn.danvan.desk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionBrowser;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.PetitionService;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.Actor;

/**
 * Times the list's everyday operations through the app's own code and, interleaved, the same query by hand in
 * plain JDBC (the baseline), on whatever the database holds. Used by the {@code bench} command.
 */
public final class PetitionBenchmark {

    public static final int PAGE = 100;
    private static final int WARM_UP = 5;

    private final Database database;
    private final PetitionBrowser browser;
    private final PetitionService petitions;
    private final OfficeClock clock;

    public PetitionBenchmark(Database database, PetitionBrowser browser, PetitionService petitions,
                             OfficeClock clock) {
        this.database = database;
        this.browser = browser;
        this.petitions = petitions;
        this.clock = clock;
    }

    /** The search text used: the name of a petitioner on file, typed without accents, as an officer would. */
    public List<BenchResult> run(int runs, String searchText) throws SQLException {
        if (runs < 1) {
            throw new UserException("cli.bench.runs");
        }
        Actor actor = Actor.system();
        int total = browser.count(PetitionFilter.all(), actor).count();
        if (total == 0) {
            throw new UserException("cli.bench.empty");
        }
        List<BenchResult> results = new ArrayList<>();
        try (Connection connection = database.jdbcConnection()) {
            BaselineQueries base = new BaselineQueries(connection);
            results.add(measure("first page", runs,
                    () -> browser.page(PetitionFilter.all(), PetitionSort.DEFAULT, 0, PAGE, actor).size(),
                    unchecked(() -> base.firstPage(PAGE))));

            PetitionRow sample = browser.page(PetitionFilter.all().withStatuses(Set.of(PetitionStatus.IN_PROGRESS)),
                    PetitionSort.DEFAULT, 0, 1, actor).stream().findFirst()
                    .orElseThrow(() -> new UserException("cli.bench.empty"));
            UUID field = petitions.require(sample.id()).fieldId();
            LocalDate from = sample.receivedDate().withDayOfMonth(1);
            LocalDate to = from.plusMonths(1).minusDays(1);
            PetitionFilter filtered = PetitionFilter.all().withStatuses(Set.of(PetitionStatus.IN_PROGRESS))
                    .withField(field).withReceived(from, to);
            results.add(measure("filtered page (status + field + month)", runs,
                    () -> browser.page(filtered, PetitionSort.DEFAULT, 0, PAGE, actor).size(),
                    unchecked(() -> base.filteredPage("IN_PROGRESS", field, from, to, PAGE))));

            PetitionFilter search = PetitionFilter.all().withSearch(searchText);
            Actor officer = new Actor(null, "officer", false); // searches what it may see, as the baseline does
            results.add(measure("search \"" + searchText + "\"", runs,
                    () -> browser.page(search, PetitionSort.DEFAULT, 0, PAGE, officer).size(),
                    unchecked(() -> base.search(searchText, PAGE))));

            results.add(measure("overdue count", runs, browser::overdueCount,
                    unchecked(() -> base.overdueCount(clock.today()))));

            results.add(measure("list total (count)", runs, () -> browser.count(PetitionFilter.all(), actor).count(),
                    unchecked(base::count)));

            List<PetitionRow> received = browser.page(PetitionFilter.all().withStatuses(Set.of(PetitionStatus.RECEIVED)),
                    PetitionSort.DEFAULT, 0, 2 * (runs + WARM_UP), actor);
            if (received.size() >= 2 * (runs + WARM_UP)) {
                List<UUID> forApp = received.subList(0, runs + WARM_UP).stream().map(PetitionRow::id).toList();
                List<UUID> forBase = received.subList(runs + WARM_UP, received.size()).stream()
                        .map(PetitionRow::id).toList();
                int[] next = {0, 0};
                results.add(measure("status change with history", runs, () -> {
                    UUID id = forApp.get(next[0]++);
                    var current = petitions.require(id);
                    petitions.change(id, current.rowVersion(), StatusChange.to(PetitionStatus.SORTING), actor);
                    return 1;
                }, unchecked(() -> {
                    base.statusChange(forBase.get(next[1]++), "SORTING");
                    return 1;
                })));
            }
        }
        return results;
    }

    private static BenchResult measure(String name, int runs, IntSupplier app, IntSupplier baseline) {
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = app.getAsInt();
            baseline.getAsInt();
        }
        double[] appTimes = new double[runs];
        double[] baseTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            app.getAsInt();
            appTimes[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            baseline.getAsInt();
            baseTimes[i] = (System.nanoTime() - start) / 1e6;
        }
        return new BenchResult(name, new Timings(appTimes), new Timings(baseTimes), rows);
    }

    /** A JDBC call as an {@link IntSupplier}. */
    private interface SqlCall {
        int call() throws SQLException;
    }

    private static IntSupplier unchecked(SqlCall call) {
        return () -> {
            try {
                return call.call();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
