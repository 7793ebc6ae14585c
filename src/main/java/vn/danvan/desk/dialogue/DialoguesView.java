package vn.danvan.desk.dialogue;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.VietnameseFormats;

/**
 * Đối thoại: the session list with its filters and the year's obligations. Enter or a double click opens a session;
 * Ctrl+N starts a new one.
 */
public final class DialoguesView {

    private final DialogueListViewModel model;
    private final Consumer<UUID> open;

    @FXML private ResourceBundle resources;
    @FXML private Parent dialoguesRoot;
    @FXML private ComboBox<Integer> year;
    @FXML private ComboBox<DialogueKind> kind;
    @FXML private ComboBox<NamedRef> village;
    @FXML private TextField chair;
    @FXML private Button openSession;
    @FXML private Label conferenceStatus;
    @FXML private Label receptionStatus;
    @FXML private TableView<SessionSummary> table;
    @FXML private TableColumn<SessionSummary, String> codeColumn;
    @FXML private TableColumn<SessionSummary, String> dateColumn;
    @FXML private TableColumn<SessionSummary, String> kindColumn;
    @FXML private TableColumn<SessionSummary, String> placeColumn;
    @FXML private TableColumn<SessionSummary, String> chairsColumn;
    @FXML private TableColumn<SessionSummary, Integer> citizensColumn;
    @FXML private TableColumn<SessionSummary, Integer> raisedColumn;
    @FXML private TableColumn<SessionSummary, Integer> answeredColumn;
    @FXML private TableColumn<SessionSummary, Integer> followUpColumn;
    @FXML private TableColumn<SessionSummary, String> resolvedColumn;
    @FXML private Label count;

    /** {@code open} opens the session window for a session id, or for a new session with null. */
    public DialoguesView(DialogueListViewModel model, Consumer<UUID> open) {
        this.model = model;
        this.open = open;
    }

    @FXML
    private void initialize() {
        year.setItems(model.years());
        year.valueProperty().bindBidirectional(model.yearProperty());
        kind.getItems().add(null);
        kind.getItems().addAll(DialogueKind.values());
        kind.setConverter(new LabelConverter<>(resources, DialogueKind::messageKey, "dialogue.filter.anyKind"));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        village.setItems(model.villages());
        village.valueProperty().bindBidirectional(model.villageProperty());
        chair.textProperty().bindBidirectional(model.chairProperty());
        bindTable();
        model.obligationStatusProperty().addListener((observable, old, status) -> showObligations(status));
        dialoguesRoot.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::onNew);
            }
        });
        model.load();
    }

    private void bindTable() {
        table.setItems(model.sessions());
        Label empty = new Label();
        empty.setId("dialoguesPlaceholder");
        empty.textProperty().bind(Bindings.when(model.loadingProperty()).then(resources.getString("list.loading"))
                .otherwise(Bindings.when(model.filteredBinding())
                        .then(resources.getString("dialogue.list.noneFiltered"))
                        .otherwise(resources.getString("dialogue.list.none"))));
        table.setPlaceholder(empty);
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(VietnameseFormats.date(c.getValue().date())));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                resources.getString(c.getValue().kind().messageKey())));
        placeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().place()));
        chairsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().chairs()));
        citizensColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().citizensCount()));
        raisedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().raised()));
        answeredColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().answered()));
        followUpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().followUp()));
        resolvedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().followUp() == 0 ? ""
                : c.getValue().resolved() + "/" + c.getValue().followUp()));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                onOpen();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                onOpen();
            }
        });
        openSession.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        count.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("dialogue.list.count"), model.sessions().size()), model.sessions()));
    }

    private void showObligations(DialogueObligations.Status s) {
        conferenceStatus.getStyleClass().removeAll("obligation-met", "obligation-short");
        receptionStatus.getStyleClass().removeAll("obligation-met", "obligation-short");
        if (s == null) {
            conferenceStatus.setText("");
            receptionStatus.setText("");
            return;
        }
        conferenceStatus.setText(MessageFormat.format(resources.getString("dialogue.obligation.conference"),
                s.year(), s.conferencesHeld(), s.conferencesRequired()));
        conferenceStatus.getStyleClass().add(s.conferenceMet() ? "obligation-met" : "obligation-short");
        var shortMonths = s.monthsShort();
        receptionStatus.setText(s.receptionDaysRequired() == 0 || s.monthsElapsed() == 0 ? ""
                : shortMonths.isEmpty()
                ? MessageFormat.format(resources.getString("dialogue.obligation.receptionMet"),
                s.receptionDaysRequired())
                : MessageFormat.format(resources.getString("dialogue.obligation.receptionShort"),
                s.receptionDaysRequired(), shortMonths.stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))));
        receptionStatus.getStyleClass().add(shortMonths.isEmpty() ? "obligation-met" : "obligation-short");
    }

    @FXML
    private void onNew() {
        open.accept(null);
    }

    @FXML
    private void onOpen() {
        SessionSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open.accept(selected.id());
        }
    }

    /** Reads the list again (after a session was saved). */
    public void reload() {
        model.reload();
    }
}
