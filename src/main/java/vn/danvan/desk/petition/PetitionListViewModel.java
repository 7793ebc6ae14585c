package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.ui.ColumnMemory;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * The petition list: filters, one search box, and the rows fetched a page at a time from the database as the user
 * scrolls (never the whole table). A newer query makes the answers of older ones be dropped.
 */
public final class PetitionListViewModel {

    public static final int PAGE_SIZE = 200;
    private static final String TABLE = "petitions";

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> receivedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<ResolutionGroup> group = new SimpleObjectProperty<>();
    private final ObjectProperty<PetitionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<PetitionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<PetitionChannel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> field = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> village = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<DeadlineFilter> deadline = new SimpleObjectProperty<>(DeadlineFilter.ANY);
    private final BooleanProperty confidentialOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty dialogueOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty openOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<PetitionSort> sort = new SimpleObjectProperty<>(PetitionSort.DEFAULT);

    private final ObservableList<NamedRef> fields = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> villages = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> units = FXCollections.observableArrayList();
    private final ObservableList<PetitionListItem> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final BooleanProperty totalAtLeast = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<PetitionListItem> selected = new SimpleObjectProperty<>();

    private final PetitionBrowser browser;
    private final PetitionChoices choices;
    private final TaskRunner runner;
    private final Supplier<Actor> actor;
    private final ColumnMemory columns;
    private int generation;
    private boolean exhausted;
    private List<java.util.UUID> focus = List.of();

    public PetitionListViewModel(PetitionBrowser browser, PetitionChoices choices, TaskRunner runner,
                                 Supplier<Actor> actor, ColumnMemory columns) {
        this.columns = columns;
        this.browser = browser;
        this.choices = choices;
        this.runner = runner;
        this.actor = actor;
        sort.addListener((observable, old, value) -> reload());
    }

    /** Loads the filter choices, then the first page. */
    public void load() {
        runner.run(choices::load, lists -> {
            fields.setAll(lists.fields());
            villages.setAll(lists.villages());
            units.setAll(lists.units());
        });
        reload();
    }

    /** Reads which columns the user had hidden, then hands them to {@code apply}. */
    public void loadHiddenColumns(java.util.function.Consumer<Set<String>> apply) {
        runner.run(() -> columns.hiddenColumns(TABLE), apply);
    }

    /** Remembers the hidden columns for the next start. */
    public void saveHiddenColumns(Set<String> hidden) {
        Set<String> copy = Set.copyOf(hidden);
        runner.run(() -> {
            columns.setHiddenColumns(TABLE, copy);
            return copy;
        }, saved -> { });
    }

    /** The filters as they stand. */
    public PetitionFilter filter() {
        PetitionStatus chosen = status.get();
        Set<PetitionStatus> statuses = chosen == null ? Set.of() : Set.of(chosen);
        ResolutionGroup inGroup = group.get();
        if (openOnly.get()) {
            if (chosen == null) {
                statuses = PetitionStatus.openStatuses();
            } else if (!chosen.open()) {
                // a closed status that must also be open: no petition is both (its group excludes every open status)
                statuses = PetitionStatus.openStatuses();
                inGroup = chosen.group();
            }
        }
        return new PetitionFilter(receivedFrom.get(), receivedTo.get(), statuses, inGroup, kind.get(),
                id(field.get()), channel.get(), id(village.get()), id(unit.get()), deadline.get(),
                confidentialOnly.get() ? Boolean.TRUE : null, dialogueOnly.get() ? Boolean.TRUE : null,
                search.get(), false);
    }

    /**
     * Sets the filters another page asks for, every other filter cleared, without querying: the view loads the list
     * when it is shown. A petition to select is kept for {@link #takeFocus()}.
     */
    public void apply(PetitionListRequest request) {
        search.set(request.search() == null ? "" : request.search());
        receivedFrom.set(request.receivedFrom());
        receivedTo.set(request.receivedTo());
        group.set(request.group());
        status.set(null);
        kind.set(null);
        channel.set(null);
        field.set(request.field());
        village.set(request.village());
        unit.set(null);
        deadline.set(request.deadline());
        confidentialOnly.set(false);
        dialogueOnly.set(false);
        openOnly.set(request.openOnly());
        focus = request.select() == null ? List.of() : List.of(request.select());
    }

    /** The petitions to select once the list shows them (asked by {@link #apply}); given once. */
    public List<java.util.UUID> takeFocus() {
        List<java.util.UUID> taken = focus;
        focus = List.of();
        return taken;
    }

    /** Runs the query again from its first page (after a filter, the sort or the data changed). */
    public void reload() {
        int mine = ++generation;
        exhausted = false;
        loading.set(true);
        PetitionFilter current = filter();
        PetitionSort order = sort.get();
        Actor who = actor.get();
        runner.run(() -> items(browser.page(current, order, 0, PAGE_SIZE, who)), page -> {
            if (mine == generation) {
                rows.setAll(page);
                exhausted = page.size() < PAGE_SIZE;
                loading.set(false);
            }
        });
        total.set(-1);
        runner.run(() -> browser.count(current, who), count -> {
            if (mine == generation) {
                totalAtLeast.set(count.atLeast());
                total.set(count.count());
            }
        });
    }

    /** Fetches the next page when the user has scrolled to the end of what is loaded. */
    public void loadMore() {
        if (loading.get() || exhausted) {
            return;
        }
        int mine = generation;
        int offset = rows.size();
        loading.set(true);
        PetitionFilter current = filter();
        PetitionSort order = sort.get();
        Actor who = actor.get();
        runner.run(() -> items(browser.page(current, order, offset, PAGE_SIZE, who)), page -> {
            if (mine == generation) {
                rows.addAll(page);
                exhausted = page.size() < PAGE_SIZE;
            }
            loading.set(false);
        });
    }

    public void clearFilters() {
        search.set("");
        receivedFrom.set(null);
        receivedTo.set(null);
        group.set(null);
        status.set(null);
        kind.set(null);
        channel.set(null);
        field.set(null);
        village.set(null);
        unit.set(null);
        deadline.set(DeadlineFilter.ANY);
        confidentialOnly.set(false);
        dialogueOnly.set(false);
        openOnly.set(false);
        reload();
    }

    /** Shows only overdue petitions (from the sidebar badge). */
    public void showOverdue() {
        clearFilters();
        deadline.set(DeadlineFilter.OVERDUE);
        reload();
    }

    private List<PetitionListItem> items(List<PetitionRow> page) {
        return page.stream().map(r -> new PetitionListItem(r, browser.deadlineState(r))).toList();
    }

    private static java.util.UUID id(NamedRef ref) {
        return ref == null ? null : ref.id();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LocalDate> receivedFromProperty() {
        return receivedFrom;
    }

    public ObjectProperty<LocalDate> receivedToProperty() {
        return receivedTo;
    }

    public ObjectProperty<ResolutionGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<PetitionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<PetitionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<PetitionChannel> channelProperty() {
        return channel;
    }

    public ObjectProperty<NamedRef> fieldProperty() {
        return field;
    }

    public ObjectProperty<NamedRef> villageProperty() {
        return village;
    }

    public ObjectProperty<NamedRef> unitProperty() {
        return unit;
    }

    public ObjectProperty<DeadlineFilter> deadlineProperty() {
        return deadline;
    }

    public BooleanProperty confidentialOnlyProperty() {
        return confidentialOnly;
    }

    public BooleanProperty dialogueOnlyProperty() {
        return dialogueOnly;
    }

    /** Only petitions not yet settled (groups "chưa giải quyết" and "đang giải quyết"). */
    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public ObjectProperty<PetitionSort> sortProperty() {
        return sort;
    }

    public ObservableList<NamedRef> fields() {
        return fields;
    }

    public ObservableList<NamedRef> villages() {
        return villages;
    }

    public ObservableList<NamedRef> units() {
        return units;
    }

    public ObservableList<PetitionListItem> rows() {
        return rows;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    /** Whether {@link #totalProperty()} is a lower bound (a broad filter is not counted to the end). */
    public BooleanProperty totalAtLeastProperty() {
        return totalAtLeast;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<PetitionListItem> selectedProperty() {
        return selected;
    }
}
