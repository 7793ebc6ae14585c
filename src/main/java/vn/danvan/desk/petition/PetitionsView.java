package vn.danvan.desk.petition;

import javafx.beans.binding.Bindings;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.petition.deadline.DeadlineState;

/**
 * Danh sách đơn: search, filters, the table (rows fetched a page at a time as the user scrolls, sorted in the
 * database), bulk actions on the selection, and the detail pane.
 */
public final class PetitionsView {

    private final PetitionListViewModel model;
    private final PetitionDetailViewModel detail;
    private final PetitionActions actions;

    @FXML private ResourceBundle resources;
    @FXML private TextField search;
    @FXML private Button newPetition;
    @FXML private Button changeStatus;
    @FXML private ComboBox<NamedRef> assignUnit;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private ComboBox<ResolutionGroup> group;
    @FXML private ComboBox<PetitionStatus> status;
    @FXML private ComboBox<PetitionKind> kind;
    @FXML private ComboBox<PetitionChannel> channel;
    @FXML private ComboBox<NamedRef> field;
    @FXML private ComboBox<NamedRef> village;
    @FXML private ComboBox<NamedRef> unit;
    @FXML private ComboBox<DeadlineFilter> deadline;
    @FXML private CheckBox confidential;
    @FXML private CheckBox dialogue;
    @FXML private CheckBox openOnly;
    @FXML private TableView<PetitionListItem> table;
    @FXML private TableColumn<PetitionListItem, String> codeColumn;
    @FXML private TableColumn<PetitionListItem, String> receivedColumn;
    @FXML private TableColumn<PetitionListItem, String> petitionerColumn;
    @FXML private TableColumn<PetitionListItem, String> villageColumn;
    @FXML private TableColumn<PetitionListItem, String> kindColumn;
    @FXML private TableColumn<PetitionListItem, String> fieldColumn;
    @FXML private TableColumn<PetitionListItem, String> summaryColumn;
    @FXML private TableColumn<PetitionListItem, String> statusColumn;
    @FXML private TableColumn<PetitionListItem, String> unitColumn;
    @FXML private TableColumn<PetitionListItem, String> dueColumn;
    @FXML private TableColumn<PetitionListItem, String> channelColumn;
    @FXML private TableColumn<PetitionListItem, String> idNumberColumn;
    @FXML private TableColumn<PetitionListItem, Number> peopleColumn;
    @FXML private TableColumn<PetitionListItem, String> resolvedColumn;
    @FXML private Label total;
    private List<UUID> lastSelected = List.of();
    private boolean reloading;

    /** What the page asks of the window: the intake and status-change windows, and a bulk assignment. */
    public interface PetitionActions {
        void openIntake(Runnable afterSave);

        void openStatusChange(List<UUID> ids, Runnable afterChange);

        void assign(List<UUID> ids, NamedRef unit, Runnable afterChange);

        /** Nhập danh sách: the list import window; {@code afterImport} runs after petitions were saved. */
        void openImport(Runnable afterImport);
    }

    public PetitionsView(PetitionListViewModel model, PetitionDetailViewModel detail, PetitionActions actions) {
        this.model = model;
        this.detail = detail;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        lastSelected = model.takeFocus(); // a petition opened from another page: its detail now, selected once listed
        if (lastSelected.size() == 1) {
            detail.show(lastSelected.get(0));
        }
        bindFilters();
        bindTable();
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PetitionListItem>) change -> {
            var selected = table.getSelectionModel().getSelectedItems();
            if (selected.isEmpty() || reloading) {
                return; // rows being replaced: the selection comes back, or the detail is cleared, below
            }
            lastSelected = selected.stream().map(i -> i.row().id()).toList();
            detail.show(selected.size() == 1 ? selected.get(0).row().id() : null);
        });
        // after a reload (a save, a filter), the same petitions stay selected when they are still listed
        model.rows().addListener((ListChangeListener<PetitionListItem>) change -> {
            List<UUID> keep = lastSelected;
            reloading = true;
            try {
                for (int i = 0; i < model.rows().size(); i++) {
                    if (keep.contains(model.rows().get(i).row().id())) {
                        table.getSelectionModel().select(i);
                    }
                }
            } finally {
                reloading = false;
            }
            if (!keep.isEmpty() && table.getSelectionModel().isEmpty()) {
                lastSelected = List.of();
                detail.show(null);
            }
        });
        changeStatus.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        assignUnit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        assignUnit.setItems(model.units());
        assignUnit.setOnAction(event -> {
            NamedRef chosen = assignUnit.getValue();
            if (chosen != null) {
                actions.assign(selectedIds(), chosen, this::refresh);
                javafx.application.Platform.runLater(() -> assignUnit.getSelectionModel().clearSelection());
            }
        });
        total.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.totalProperty()
                .get() < 0 ? resources.getString("petitions.counting") : MessageFormat.format(
                resources.getString(model.totalAtLeastProperty().get() ? "petitions.totalAtLeast" : "petitions.total"),
                model.rows().size(), model.totalProperty().get()), model.totalProperty(), model.rows()));
        search.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::onNew);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
            }
        });
        model.load();
    }

    private void bindFilters() {
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> model.reload());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.textProperty().addListener((observable, old, text) -> typing.playFromStart());
        from.setConverter(VietnameseFormats.dateConverter());
        to.setConverter(VietnameseFormats.dateConverter());
        from.valueProperty().bindBidirectional(model.receivedFromProperty());
        to.valueProperty().bindBidirectional(model.receivedToProperty());
        choice(group, ResolutionGroup.values(), ResolutionGroup::messageKey);
        group.valueProperty().bindBidirectional(model.groupProperty());
        choice(status, PetitionStatus.values(), PetitionStatus::messageKey);
        status.valueProperty().bindBidirectional(model.statusProperty());
        choice(kind, PetitionKind.values(), PetitionKind::messageKey);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        choice(channel, PetitionChannel.values(), PetitionChannel::messageKey);
        channel.valueProperty().bindBidirectional(model.channelProperty());
        deadline.getItems().setAll(DeadlineFilter.values());
        deadline.setConverter(new LabelConverter<>(resources, DeadlineFilter::messageKey));
        deadline.valueProperty().bindBidirectional(model.deadlineProperty());
        field.setItems(model.fields());
        field.valueProperty().bindBidirectional(model.fieldProperty());
        village.setItems(model.villages());
        village.valueProperty().bindBidirectional(model.villageProperty());
        unit.setItems(model.units());
        unit.valueProperty().bindBidirectional(model.unitProperty());
        confidential.selectedProperty().bindBidirectional(model.confidentialOnlyProperty());
        dialogue.selectedProperty().bindBidirectional(model.dialogueOnlyProperty());
        openOnly.selectedProperty().bindBidirectional(model.openOnlyProperty());
        for (var property : List.of(model.receivedFromProperty(), model.receivedToProperty(), model.groupProperty(),
                model.statusProperty(), model.kindProperty(), model.channelProperty(), model.fieldProperty(),
                model.villageProperty(), model.unitProperty(), model.deadlineProperty(),
                model.confidentialOnlyProperty(), model.dialogueOnlyProperty(), model.openOnlyProperty())) {
            property.addListener(observable -> typing.playFromStart());
        }
    }

    private <E> void choice(ComboBox<E> box, E[] values, Function<E, String> key) {
        box.getItems().setAll(values);
        box.getItems().add(0, null);
        box.setConverter(new LabelConverter<>(resources, key, "petitions.filter.any"));
    }

    private void bindTable() {
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label();
        empty.setId("petitionsPlaceholder");
        empty.textProperty().bind(Bindings.when(model.loadingProperty()).then(resources.getString("list.loading"))
                .otherwise(resources.getString("petitions.empty")));
        table.setPlaceholder(empty);
        text(codeColumn, i -> i.row().code());
        text(receivedColumn, i -> VietnameseFormats.date(i.row().receivedDate()));
        text(petitionerColumn, i -> i.row().identity().name() == null
                ? resources.getString("detail.anonymous") : i.row().identity().name());
        text(villageColumn, i -> i.row().villageName());
        text(kindColumn, i -> resources.getString(i.row().kind().messageKey()));
        text(fieldColumn, i -> i.row().fieldName());
        text(summaryColumn, i -> i.row().summary());
        text(statusColumn, i -> resources.getString(i.row().status().messageKey()));
        text(unitColumn, i -> i.row().handlingUnitName());
        text(dueColumn, i -> VietnameseFormats.date(i.row().dueDate()));
        text(channelColumn, i -> resources.getString(i.row().channel().messageKey()));
        text(idNumberColumn, i -> i.row().identity().idNumber());
        text(resolvedColumn, i -> VietnameseFormats.date(i.row().resolvedDate()));
        peopleColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row().peopleCount()));
        sortable(codeColumn, PetitionSort.Column.CODE);
        sortable(receivedColumn, PetitionSort.Column.RECEIVED);
        sortable(petitionerColumn, PetitionSort.Column.PETITIONER);
        sortable(villageColumn, PetitionSort.Column.VILLAGE);
        sortable(kindColumn, PetitionSort.Column.KIND);
        sortable(fieldColumn, PetitionSort.Column.FIELD);
        sortable(statusColumn, PetitionSort.Column.STATUS);
        sortable(unitColumn, PetitionSort.Column.UNIT);
        sortable(dueColumn, PetitionSort.Column.DUE);
        for (var column : List.of(summaryColumn, channelColumn, idNumberColumn, resolvedColumn)) {
            column.setSortable(false);
        }
        peopleColumn.setSortable(false);
        // the database sorts: the table only says which column and which way
        table.setSortPolicy(t -> {
            if (table.getSortOrder().isEmpty()) {
                model.sortProperty().set(PetitionSort.DEFAULT);
            } else {
                TableColumn<PetitionListItem, ?> column = table.getSortOrder().get(0);
                model.sortProperty().set(new PetitionSort((PetitionSort.Column) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            return true;
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PetitionListItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("deadline-overdue", "deadline-due-soon", "row-confidential");
                if (!empty && item != null) {
                    if (item.deadline() == DeadlineState.OVERDUE || item.deadline() == DeadlineState.DUE_SOON) {
                        getStyleClass().add(item.deadline().styleClass());
                    }
                    if (item.row().identity().masked()) {
                        getStyleClass().add("row-confidential");
                    }
                }
            }
        });
        table.skinProperty().addListener((observable, old, skin) -> watchScrolling());
        model.loadHiddenColumns(hidden -> {
            if (!hidden.isEmpty()) {
                table.getColumns().forEach(c -> c.setVisible(!hidden.contains(c.getId())));
            }
            table.getColumns().forEach(c -> c.visibleProperty().addListener((observable, old, shown) ->
                    model.saveHiddenColumns(table.getColumns().stream().filter(col -> !col.isVisible())
                            .map(TableColumn::getId).collect(java.util.stream.Collectors.toSet()))));
        });
    }

    /** Loads the next page when the user scrolls near the end of what is loaded. */
    private void watchScrolling() {
        for (var node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                bar.valueProperty().addListener((observable, old, value) -> {
                    if (value.doubleValue() >= bar.getMax() * 0.9) {
                        model.loadMore();
                    }
                });
            }
        }
    }

    private static void text(TableColumn<PetitionListItem, String> column, Function<PetitionListItem, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static void sortable(TableColumn<PetitionListItem, ?> column, PetitionSort.Column sortColumn) {
        column.setUserData(sortColumn);
    }

    private List<UUID> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(i -> i.row().id()).toList();
    }

    private void refresh() {
        model.reload();
        detail.refresh();
    }

    @FXML
    private void onNew() {
        actions.openIntake(model::reload);
    }

    @FXML
    private void onImport() {
        actions.openImport(model::reload);
    }

    @FXML
    private void onChangeStatus() {
        List<UUID> ids = selectedIds();
        if (!ids.isEmpty()) {
            actions.openStatusChange(ids, this::refresh);
        }
    }

    @FXML
    private void onClearFilters() {
        model.clearFilters();
    }

    /** Shows only the overdue petitions (the sidebar badge). */
    public void showOverdue() {
        model.showOverdue();
    }
}
