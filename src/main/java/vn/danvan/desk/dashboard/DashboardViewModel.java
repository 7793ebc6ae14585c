package vn.danvan.desk.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.dashboard.DashboardService.Charts;
import vn.danvan.desk.dashboard.DashboardService.Summary;
import vn.danvan.desk.petition.DeadlineFilter;
import vn.danvan.desk.petition.PetitionListRequest;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.ResolutionGroup;

/**
 * Tổng quan: loads the cards, then the deadline lists, then the charts in the background, each part shown as soon
 * as it arrives; a newer refresh drops the answers of an older one. Cards, bars and list rows open the petition list.
 */
public final class DashboardViewModel {

    /** Where one part of the page stands. */
    public enum PartState { LOADING, READY, FAILED }

    /** A row of a deadline list: the petition, and how many days it is overdue (or has left). */
    public record DeadlineEntry(PetitionRow row, long days) {
    }

    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Charts> charts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PartState> summaryState = new ReadOnlyObjectWrapper<>(PartState.LOADING);
    private final ReadOnlyObjectWrapper<PartState> chartsState = new ReadOnlyObjectWrapper<>(PartState.LOADING);
    private final ReadOnlyObjectWrapper<PartState> listsState = new ReadOnlyObjectWrapper<>(PartState.LOADING);
    private final ObservableList<DeadlineEntry> mostOverdue = FXCollections.observableArrayList();
    private final ObservableList<DeadlineEntry> nextDue = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DashboardViewModel.class);

    private final DashboardService service;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final DashboardNavigation navigation;
    private final Consumer<Path> rememberFolder;
    private int generation;
    private DashboardService.Page preloaded;

    public DashboardViewModel(DashboardService service, TaskRunner runner, Supplier<Messages> messages,
                              DashboardNavigation navigation, Consumer<Path> rememberFolder) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.navigation = navigation;
        this.rememberFolder = rememberFolder;
    }

    /**
     * Hands over the page read with the login (on the login's background thread), for the first {@link #refresh}
     * to show at once instead of reading it again; ignored when it is not of today.
     */
    public void preload(DashboardService.Page page) {
        preloaded = page;
    }

    /**
     * Reads the whole page again: the cards first, then the lists, then the charts. All three are queued at once, so
     * that other work asked meanwhile (the status bar's counts) waits behind them; the later parts take the dates and
     * figures of the cards from {@code summary}. The first refresh shows the page read with the login, if any.
     */
    public void refresh() {
        int mine = ++generation;
        long started = System.nanoTime();
        DashboardService.Page ready = preloaded;
        preloaded = null;
        if (ready != null && service.isCurrent(ready.dates())) {
            showSummary(mine, ready.summary());
            showLists(mine, ready.lists());
            showCharts(mine, ready.charts(), started);
            return;
        }
        summaryState.set(PartState.LOADING);
        listsState.set(PartState.LOADING);
        chartsState.set(PartState.LOADING);
        CompletableFuture<Summary> cards = new CompletableFuture<>();
        runner.run(() -> {
            try {
                Summary loaded = service.summary(service.dates());
                cards.complete(loaded);
                return loaded;
            } catch (RuntimeException e) {
                cards.completeExceptionally(e);
                throw e;
            }
        }, loaded -> showSummary(mine, loaded), error -> failed(mine, summaryState, error));
        runner.run(() -> service.deadlines(cards.join().dates()), lists -> showLists(mine, lists),
                error -> failed(mine, listsState, error));
        runner.run(() -> service.charts(cards.join()), drawn -> showCharts(mine, drawn, started),
                error -> failed(mine, chartsState, error));
    }

    private void showSummary(int mine, Summary loaded) {
        if (mine == generation) {
            summary.set(loaded);
            summaryState.set(PartState.READY);
        }
    }

    private void showLists(int mine, DashboardService.DeadlineLists lists) {
        if (mine == generation) {
            LocalDate today = lists.dates().today();
            mostOverdue.setAll(entries(lists.mostOverdue(), today, true));
            nextDue.setAll(entries(lists.nextDue(), today, false));
            listsState.set(PartState.READY);
        }
    }

    private void showCharts(int mine, Charts drawn, long started) {
        if (mine == generation) {
            charts.set(drawn);
            chartsState.set(PartState.READY);
            LOG.info("Dashboard filled in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A part that could not be read; when the cards failed, the later parts only say so (reported once). */
    private void failed(int mine, ReadOnlyObjectWrapper<PartState> state, Throwable error) {
        if (mine != generation) {
            return;
        }
        state.set(PartState.FAILED);
        if (!(error instanceof CompletionException)) {
            runner.report(error);
        }
    }

    private static List<DeadlineEntry> entries(List<PetitionRow> rows, LocalDate today, boolean overdue) {
        return rows.stream().map(r -> new DeadlineEntry(r, overdue ? ChronoUnit.DAYS.between(r.dueDate(), today)
                : ChronoUnit.DAYS.between(today, r.dueDate()))).toList();
    }

    /** Opens the petition list filtered to what {@code card} counts; false when no filter of the list does that. */
    public boolean open(DashboardCard card) {
        Summary shown = summary.get();
        if (shown == null || !card.opensList()) {
            return false;
        }
        DashboardDates dates = shown.dates();
        navigation.openPetitions(switch (card) {
            case OPEN -> PetitionListRequest.open();
            case OVERDUE -> PetitionListRequest.deadline(DeadlineFilter.OVERDUE);
            case DUE_WITHIN_WEEK -> PetitionListRequest.deadline(DeadlineFilter.DUE_WITHIN_WEEK);
            case RECEIVED_THIS_MONTH -> PetitionListRequest.received(dates.monthStart(), dates.today(), null);
            default -> throw new IllegalStateException("no list for " + card);
        });
        return true;
    }

    /** Opens the petitions received in {@code month} whose status is now in {@code group}. */
    public void openMonth(YearMonth month, ResolutionGroup group) {
        Charts shown = charts.get();
        if (shown != null) {
            LocalDate end = month.atEndOfMonth();
            LocalDate today = shown.dates().today();
            navigation.openPetitions(PetitionListRequest.received(month.atDay(1), end.isAfter(today) ? today : end,
                    group));
        }
    }

    /** Opens the petitions of a field received in the charts' twelve months. */
    public void openField(RankedCounts.Entry field) {
        Charts shown = charts.get();
        if (shown != null) {
            navigation.openPetitions(twelveMonths(shown).withField(new NamedRef(field.id(), field.name())));
        }
    }

    /** Opens the petitions of a village received in the charts' twelve months. */
    public void openVillage(RankedCounts.Entry village) {
        Charts shown = charts.get();
        if (shown != null) {
            navigation.openPetitions(twelveMonths(shown).withVillage(new NamedRef(village.id(), village.name())));
        }
    }

    private static PetitionListRequest twelveMonths(Charts shown) {
        return PetitionListRequest.received(shown.dates().chartStart(), shown.dates().today(), null);
    }

    /** Opens one petition: the list shows it alone (its code searched) and its detail beside. */
    public void openPetition(DeadlineEntry entry) {
        navigation.openPetitions(PetitionListRequest.petition(entry.row().id(), entry.row().code()));
    }

    /** The file name offered for a chart's picture, dated with the day of the figures. */
    public String fileName(DashboardChart chart) {
        Charts shown = charts.get();
        return chart.fileName(shown == null ? null : shown.dates().today());
    }

    /** Writes a chart's picture as PNG in the background; the folder is remembered for the next export. */
    public void exportChart(ChartImage image, Path file) {
        exportStatus.set(messages.get().get("dashboard.export.saving"));
        runner.run(() -> {
            ChartPngWriter.write(image, file);
            return file;
        }, saved -> {
            exportStatus.set(messages.get().get("dashboard.export.saved", saved.toString()));
            if (saved.getParent() != null) {
                rememberFolder.accept(saved.getParent());
            }
        }, error -> {
            exportStatus.set(messages.get().get("dashboard.export.failed"));
            runner.report(error);
        });
    }

    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Charts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PartState> summaryStateProperty() {
        return summaryState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PartState> chartsStateProperty() {
        return chartsState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PartState> listsStateProperty() {
        return listsState.getReadOnlyProperty();
    }

    public ObservableList<DeadlineEntry> mostOverdue() {
        return mostOverdue;
    }

    public ObservableList<DeadlineEntry> nextDue() {
        return nextDue;
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }
}
