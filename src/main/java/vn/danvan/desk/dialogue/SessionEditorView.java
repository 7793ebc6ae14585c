package vn.danvan.desk.dialogue;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The session window; binds {@link SessionEditorViewModel}. Ctrl+S saves, Ctrl+1…4 switch tabs, Ctrl+Shift+V pastes
 * several opinions, Esc closes (asking first when something is not saved).
 */
public final class SessionEditorView {

    private final SessionEditorViewModel model;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private OpinionGridView grid;

    @FXML private ResourceBundle resources;
    @FXML private Label heading;
    @FXML private TabPane tabs;
    @FXML private Tab opinionsTab;
    @FXML private Tab petitionsTab;
    @FXML private ComboBox<DialogueKind> kind;
    @FXML private DatePicker date;
    @FXML private TextField start;
    @FXML private TextField end;
    @FXML private TextField place;
    @FXML private CheckComboBox<NamedRef> villages;
    @FXML private TextArea chairs;
    @FXML private TextField bodies;
    @FXML private TextField citizens;
    @FXML private TextField officials;
    @FXML private TextArea topics;
    @FXML private TextArea absent;
    @FXML private TextField noteTaker;
    @FXML private GridPane entry;
    @FXML private TextField speaker;
    @FXML private TextField opinionVillage;
    @FXML private TextField opinionField;
    @FXML private TextField content;
    @FXML private ComboBox<OpinionOutcome> outcome;
    @FXML private ComboBox<PetitionKind> opinionKind;
    @FXML private ComboBox<Integer> assignment;
    @FXML private TextField answeredBy;
    @FXML private TextField answer;
    @FXML private Label kindLabel;
    @FXML private Label answeredByLabel;
    @FXML private Label answerLabel;
    @FXML private Label entryProblem;
    @FXML private Label pasted;
    @FXML private Button cancelEdit;
    @FXML private Button removeOpinion;
    @FXML private TableView<OpinionLine> opinionTable;
    @FXML private TableColumn<OpinionLine, String> numberColumn;
    @FXML private TableColumn<OpinionLine, String> speakerColumn;
    @FXML private TableColumn<OpinionLine, String> villageColumn;
    @FXML private TableColumn<OpinionLine, String> fieldColumn;
    @FXML private TableColumn<OpinionLine, String> contentColumn;
    @FXML private TableColumn<OpinionLine, String> outcomeColumn;
    @FXML private TableColumn<OpinionLine, String> resultColumn;
    @FXML private TableColumn<OpinionLine, String> assignmentColumn;
    @FXML private TextArea conclusions;
    @FXML private TextArea agreed;
    @FXML private TextArea disputed;
    @FXML private ComboBox<NamedRef> assignUnit;
    @FXML private TextField assignContent;
    @FXML private DatePicker assignDue;
    @FXML private TextField assignDoc;
    @FXML private Button removeAssignment;
    @FXML private Label assignProblem;
    @FXML private ListView<AssignmentLine> assignmentList;
    @FXML private ListView<LinkedPetition> petitionList;
    @FXML private ListView<vn.danvan.desk.attachment.Attachment> attachmentList;
    @FXML private Button attach;
    @FXML private Button minutes;
    @FXML private Label problem;
    @FXML private Button save;
    @FXML private Label saved;

    public SessionEditorView(SessionEditorViewModel model, DialogService dialogs, Supplier<Messages> messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.codeProperty().get().isEmpty()
                ? resources.getString("dialogue.editor.new")
                : MessageFormat.format(resources.getString("dialogue.editor.heading"), model.codeProperty().get()),
                model.codeProperty()));
        bindSession();
        grid = new OpinionGridView(model, resources, messages, new OpinionGridView.Controls(entry, speaker,
                opinionVillage, opinionField, content, outcome, opinionKind, assignment, answeredBy, answer,
                kindLabel, answeredByLabel, answerLabel, entryProblem, opinionTable,
                List.of(numberColumn, speakerColumn, villageColumn, fieldColumn, contentColumn, outcomeColumn,
                        resultColumn, assignmentColumn)));
        grid.bind();
        cancelEdit.visibleProperty().bind(model.opinions().editingProperty().greaterThanOrEqualTo(0));
        cancelEdit.managedProperty().bind(cancelEdit.visibleProperty());
        removeOpinion.disableProperty().bind(opinionTable.getSelectionModel().selectedItemProperty().isNull());
        opinionsTab.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("dialogue.tab.opinions.count"), model.opinions().lines().size()),
                model.opinions().lines()));
        bindAssignments();
        bindPetitions();

        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(kind, SessionEditorViewModel.KIND);
        decorations.attach(date, SessionEditorViewModel.DATE);
        decorations.attach(start, SessionEditorViewModel.TIMES);
        decorations.attach(place, SessionEditorViewModel.PLACE);
        decorations.attach(chairs, SessionEditorViewModel.CHAIRS);
        decorations.attach(citizens, SessionEditorViewModel.CITIZENS);
        decorations.attach(officials, SessionEditorViewModel.OFFICIALS);
        problem.textProperty().bind(model.form().firstErrorProperty());
        save.disableProperty().bind(model.form().validProperty().not().or(model.busyProperty()));
        saved.textProperty().bind(model.savedMessageProperty());
        heading.sceneProperty().addListener((observable, old, scene) -> {
            if (scene == null) {
                return;
            }
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                    this::onSave);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN), this::onPaste);
            KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
            for (int i = 0; i < digits.length; i++) {
                int tab = i;
                scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                        () -> tabs.getSelectionModel().select(tab));
            }
            scene.windowProperty().addListener((o, oldWindow, window) -> {
                if (window != null) {
                    window.setOnCloseRequest(event -> {
                        if (!mayClose()) {
                            event.consume();
                        }
                    });
                }
            });
        });
    }

    private void bindSession() {
        kind.getItems().setAll(DialogueKind.values());
        kind.setConverter(new LabelConverter<>(resources, DialogueKind::messageKey));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        VietnameseFormats.watchTypedDate(date, model.dateUnreadableProperty());
        date.valueProperty().bindBidirectional(model.dateProperty());
        start.textProperty().bindBidirectional(model.startProperty());
        end.textProperty().bindBidirectional(model.endProperty());
        place.textProperty().bindBidirectional(model.placeProperty());
        villages.getItems().setAll(model.villages());
        villages.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NamedRef ref) {
                return ref == null ? "" : ref.name();
            }

            @Override
            public NamedRef fromString(String text) {
                return null;
            }
        });
        model.villages().addListener((ListChangeListener<NamedRef>) change ->
                villages.getItems().setAll(model.villages()));
        boolean[] syncing = {false};
        villages.getCheckModel().getCheckedItems().addListener((ListChangeListener<NamedRef>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                model.sessionVillages().setAll(villages.getCheckModel().getCheckedItems());
                syncing[0] = false;
            }
        });
        model.sessionVillages().addListener((ListChangeListener<NamedRef>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                villages.getCheckModel().clearChecks();
                model.sessionVillages().forEach(villages.getCheckModel()::check);
                syncing[0] = false;
            }
        });
        chairs.textProperty().bindBidirectional(model.chairsProperty());
        bodies.textProperty().bindBidirectional(model.bodiesProperty());
        citizens.textProperty().bindBidirectional(model.citizensProperty());
        officials.textProperty().bindBidirectional(model.officialsProperty());
        topics.textProperty().bindBidirectional(model.topicsProperty());
        absent.textProperty().bindBidirectional(model.absentProperty());
        noteTaker.textProperty().bindBidirectional(model.noteTakerProperty());
        conclusions.textProperty().bindBidirectional(model.conclusionsProperty());
        agreed.textProperty().bindBidirectional(model.agreedProperty());
        disputed.textProperty().bindBidirectional(model.disputedProperty());
    }

    private void bindAssignments() {
        assignUnit.setItems(model.units());
        assignDue.setConverter(VietnameseFormats.dateConverter());
        assignmentList.setItems(model.assignments());
        assignmentList.setPlaceholder(new Label(resources.getString("dialogue.assignments.none")));
        assignmentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AssignmentLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                AssignmentDraft a = line.draft();
                setText((getIndex() + 1) + ". " + (line.unit() == null ? "" : line.unit().name()) + " — "
                        + a.content() + (a.dueDate() == null ? "" : " · " + MessageFormat.format(
                        resources.getString("dialogue.assignment.by"), VietnameseFormats.date(a.dueDate())))
                        + (a.noticeDocNo() == null ? "" : " · " + a.noticeDocNo()));
            }
        });
        removeAssignment.disableProperty().bind(assignmentList.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindPetitions() {
        petitionList.setItems(model.petitions());
        petitionList.setPlaceholder(new Label(resources.getString("dialogue.petitions.none")));
        petitionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LinkedPetition p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("deadline-overdue");
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                setText(MessageFormat.format(resources.getString("dialogue.petition.line"), p.opinionNumber(),
                        p.code(), resources.getString(p.status().messageKey()), VietnameseFormats.date(p.dueDate()),
                        p.unitName() == null ? resources.getString("dialogue.petition.noUnit") : p.unitName())
                        + (p.overdue() ? " · " + resources.getString("dialogue.petition.overdue") : ""));
                if (p.overdue()) {
                    getStyleClass().add("deadline-overdue");
                }
            }
        });
        attachmentList.setItems(model.attachments());
        attachmentList.setPlaceholder(new Label(resources.getString("dialogue.attachments.none")));
        attachmentList.setCellFactory(list -> new vn.danvan.desk.attachment.AttachmentCell(resources));
        var unsaved = Bindings.createBooleanBinding(() -> model.codeProperty().get().isEmpty(), model.codeProperty());
        attach.disableProperty().bind(unsaved);
        minutes.disableProperty().bind(unsaved.or(model.dirtyProperty()).or(model.busyProperty()));
        petitionsTab.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("dialogue.tab.petitions.count"), model.petitions().size()), model.petitions()));
    }

    @FXML
    private void onAddOpinion() {
        grid.commit();
    }

    @FXML
    private void onCancelEdit() {
        grid.cancelEdit();
    }

    @FXML
    private void onRemoveOpinion() {
        grid.removeSelected();
    }

    @FXML
    private void onPaste() {
        int added = model.opinions().paste(Clipboard.getSystemClipboard().getString());
        tabs.getSelectionModel().select(opinionsTab);
        pasted.setText(MessageFormat.format(resources.getString("dialogue.pasted"), added));
    }

    @FXML
    private void onAttach() {
        vn.danvan.desk.attachment.AttachmentChooser.choose(attach.getScene().getWindow(), resources)
                .ifPresent(model::attach);
    }

    @FXML
    private void onMinutes() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(resources.getString("dialogue.action.minutes"));
        chooser.setInitialFileName(MinutesService.fileName(model.codeProperty().get()));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(minutes.getScene().getWindow());
        if (file != null) {
            model.printMinutes(file.toPath());
        }
    }

    @FXML
    private void onAddAssignment() {
        assignProblem.setText(model.addAssignment(assignUnit.getValue(), assignContent.getText(),
                        assignDue.getValue(), assignDoc.getText())
                .map(p -> messages.get().get(p.messageKey(), p.arguments()))
                .orElseGet(() -> {
                    assignContent.clear();
                    assignDue.setValue(null);
                    assignUnit.requestFocus();
                    return "";
                }));
    }

    @FXML
    private void onRemoveAssignment() {
        int index = assignmentList.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            model.removeAssignment(index);
        }
    }

    @FXML
    private void onSave() {
        if (model.opinions().entryProblemProperty().get().isEmpty()
                && !model.opinions().contentProperty().get().isBlank()) {
            grid.commit(); // an opinion typed but not yet added is not lost
        }
        model.save();
    }

    @FXML
    private void onClose() {
        if (mayClose()) {
            ((Stage) save.getScene().getWindow()).close();
        }
    }

    private boolean mayClose() {
        return !model.dirtyProperty().get() || dialogs.confirm(resources.getString("dialogue.confirmClose"));
    }
}
