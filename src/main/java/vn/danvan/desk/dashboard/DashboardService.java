package vn.danvan.desk.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.dashboard.DashboardRepository.DueCounts;
import vn.danvan.desk.dashboard.DashboardRepository.OpenCounts;
import vn.danvan.desk.dashboard.DashboardRepository.MonthStatus;
import vn.danvan.desk.dashboard.DashboardRepository.ReceivedCounts;
import vn.danvan.desk.dashboard.DashboardRepository.ResolvedCounts;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionBrowser;
import vn.danvan.desk.petition.PetitionQueryRepository.AsOf;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.ResolutionGroup;

/**
 * Tổng quan: the figures, charts and lists of the dashboard, in three parts that the page loads one after the other
 * in the background: the cards, the deadline lists, then the charts with the settlement rate. The counts come from
 * {@link DashboardRepository}; overdue and "due within the week" count the rows the list shows when the card is
 * clicked (the same running_due ranges; DashboardViewModelTest compares them). Definitions: {@link DashboardCards},
 * {@link SettlementRate}, {@link DashboardDates}.
 */
public final class DashboardService {

    /** Fields and villages named in their charts; the rest are summed as "others". */
    public static final int TOP_ENTRIES = 8;
    /** Rows in each deadline list. */
    public static final int LIST_SIZE = 10;

    /**
     * The cards (first part; quick), and what the settlement rate needs from its queries: petitions within
     * competence resolved this year, and those of them carried over into it (open today or resolved this year,
     * received before 1 January).
     */
    public record Summary(DashboardDates dates, DashboardCards cards, int resolvedWithinThisYear,
                          int withinCarriedOver) {
    }

    /**
     * The charts of the petitions received in the twelve months (by month and resolution group, by field, by
     * village) and the settlement rate of the year to date (second part; one reading of the index).
     */
    public record Charts(DashboardDates dates, List<MonthCounts> months, RankedCounts fields, RankedCounts villages,
                         SettlementRate settlement) {
    }

    /** The petitions longest overdue, and the next due dates from today on (identities masked as in the list). */
    public record DeadlineLists(DashboardDates dates, List<PetitionRow> mostOverdue, List<PetitionRow> nextDue) {
    }

    /** The whole page read at once, in the window's order (cards, lists, charts): what a login hands the page. */
    public record Page(Summary summary, DeadlineLists lists, Charts charts) {

        public DashboardDates dates() {
            return summary.dates();
        }
    }

    private final DashboardRepository repository;
    private final PetitionBrowser browser;
    private final OfficeClock clock;

    public DashboardService(DashboardRepository repository, PetitionBrowser browser, OfficeClock clock) {
        this.repository = repository;
        this.browser = browser;
        this.clock = clock;
    }

    /** The dates of a dashboard made now. */
    public DashboardDates dates() {
        return dates(clock.today());
    }

    /** The dates of a dashboard as of {@code today}. */
    public DashboardDates dates(LocalDate today) {
        return new DashboardDates(today, browser.asOf(today).weekLimit());
    }

    /** Reads the three parts one after the other, as the page would (on the calling thread). */
    public Page page(DashboardDates dates) {
        Summary summary = summary(dates);
        DeadlineLists lists = deadlines(dates);
        return new Page(summary, lists, charts(summary));
    }

    /** Whether figures made for {@code dates} are still today's. */
    public boolean isCurrent(DashboardDates dates) {
        return dates.today().equals(clock.today());
    }

    public Summary summary(DashboardDates dates) {
        OpenCounts open = repository.openCounts(dates.yearStart());
        DueCounts due = repository.dueCounts(dates.today(), dates.weekEnd());
        ResolvedCounts resolved = repository.resolvedCounts(dates.yearStart(), dates.monthStart(), dates.today());
        DashboardCards cards = new DashboardCards(open.open(), due.overdue(), due.dueWithinWeek(),
                repository.receivedCount(dates.monthStart(), dates.today()), resolved.thisMonth());
        return new Summary(dates, cards, resolved.withinThisYear(),
                open.withinCarriedOver() + resolved.withinCarriedOver());
    }

    public Charts charts(Summary summary) {
        DashboardDates dates = summary.dates();
        Map<YearMonth, Map<ResolutionGroup, Integer>> byMonth = new HashMap<>();
        int withinReceivedThisYear = 0;
        ReceivedCounts received = repository.receivedCounts(dates.chartStart(), dates.today());
        for (MonthStatus t : received.months()) {
            byMonth.computeIfAbsent(t.month(), m -> new EnumMap<>(ResolutionGroup.class))
                    .merge(t.status().group(), t.count(), Integer::sum);
            if (t.within() && !t.month().atDay(1).isBefore(dates.yearStart())) {
                withinReceivedThisYear += t.count();
            }
        }
        List<MonthCounts> months = new ArrayList<>();
        for (YearMonth m = dates.firstChartMonth(); !m.isAfter(dates.month()); m = m.plusMonths(1)) {
            months.add(new MonthCounts(m, byMonth.getOrDefault(m, Map.of())));
        }
        SettlementRate rate = new SettlementRate(summary.resolvedWithinThisYear(),
                withinReceivedThisYear + summary.withinCarriedOver());
        return new Charts(dates, months, rank(received.fields(), repository.fieldNames()),
                rank(received.villages(), repository.villageNames()), rate);
    }

    public DeadlineLists deadlines(DashboardDates dates) {
        AsOf asOf = browser.asOf(dates.today());
        return new DeadlineLists(dates, browser.mostOverdue(asOf, LIST_SIZE), browser.nextDue(asOf, LIST_SIZE));
    }

    /** Largest count first, then by name without accents; the first {@link #TOP_ENTRIES} named. */
    static RankedCounts rank(Map<UUID, Integer> counts, Map<UUID, String> names) {
        List<RankedCounts.Entry> entries = new ArrayList<>();
        int unspecified = 0;
        for (var e : counts.entrySet()) {
            if (e.getKey() == null) {
                unspecified += e.getValue();
            } else if (e.getValue() > 0) {
                entries.add(new RankedCounts.Entry(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()));
            }
        }
        entries.sort(Comparator.comparingInt(RankedCounts.Entry::count).reversed()
                .thenComparing(entry -> VietnameseText.searchKey(entry.name()))
                .thenComparing(RankedCounts.Entry::id));
        List<RankedCounts.Entry> top = entries.subList(0, Math.min(TOP_ENTRIES, entries.size()));
        List<RankedCounts.Entry> rest = entries.subList(top.size(), entries.size());
        return new RankedCounts(top, rest.stream().mapToInt(RankedCounts.Entry::count).sum(), rest.size(),
                unspecified);
    }
}
