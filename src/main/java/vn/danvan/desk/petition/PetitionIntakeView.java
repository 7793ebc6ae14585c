package vn.danvan.desk.petition;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.danvan.desk.citizen.Citizen;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.VietnameseFormats;

/** The intake form; binds {@link PetitionIntakeViewModel}. Enter saves, Ctrl+N starts a new one, Esc closes. */
public final class PetitionIntakeView {

    private static final Duration TYPING_PAUSE = Duration.millis(300);

    private final PetitionIntakeViewModel model;
    private LetterPartsView letterParts;

    @FXML private ResourceBundle resources;
    @FXML private DatePicker received;
    @FXML private ComboBox<PetitionChannel> channel;
    @FXML private ComboBox<PetitionKind> kind;
    @FXML private ComboBox<Integer> round;
    @FXML private ComboBox<NamedRef> field;
    @FXML private ComboBox<NamedRef> village;
    @FXML private TextArea summary;
    @FXML private VBox partsBox;
    @FXML private Button addPart;
    @FXML private TextField people;
    @FXML private CheckBox group;
    @FXML private Label representativesLabel;
    @FXML private TextArea representatives;
    @FXML private ComboBox<NamedRef> unit;
    @FXML private CheckBox confidential;
    @FXML private CheckBox complex;
    @FXML private CheckBox remote;
    @FXML private CheckBox hotSpot;
    @FXML private TextField note;
    @FXML private CheckBox anonymous;
    @FXML private TextField name;
    @FXML private ListView<Citizen> suggestions;
    @FXML private ComboBox<IdPaperType> paper;
    @FXML private TextField idNumber;
    @FXML private TextField phone;
    @FXML private TextField address;
    @FXML private ListView<DuplicateCandidate> duplicates;
    @FXML private Button linkRepeat;
    @FXML private Button dismiss;
    @FXML private Label repeatOf;
    @FXML private Label problem;
    @FXML private Button save;
    @FXML private Label saved;

    public PetitionIntakeView(PetitionIntakeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        received.valueProperty().bindBidirectional(model.receivedProperty());
        VietnameseFormats.watchTypedDate(received, model.receivedUnreadableProperty());
        channel.getItems().setAll(PetitionChannel.values());
        channel.setConverter(new LabelConverter<>(resources, PetitionChannel::messageKey));
        channel.valueProperty().bindBidirectional(model.channelProperty());
        kind.getItems().setAll(PetitionKind.values());
        kind.setConverter(new LabelConverter<>(resources, PetitionKind::messageKey));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        round.getItems().setAll(1, 2);
        round.setConverter(new LabelConverter<>(resources, r -> "intake.round." + r));
        round.valueProperty().bindBidirectional(model.roundProperty());
        round.visibleProperty().bind(model.kindProperty().isEqualTo(PetitionKind.COMPLAINT));
        field.setItems(model.fields());
        field.valueProperty().bindBidirectional(model.fieldProperty());
        village.setItems(model.villages());
        village.valueProperty().bindBidirectional(model.villageProperty());
        unit.setItems(model.units());
        unit.valueProperty().bindBidirectional(model.unitProperty());
        summary.textProperty().bindBidirectional(model.summaryProperty());
        people.textProperty().bindBidirectional(model.peopleProperty());
        group.selectedProperty().bindBidirectional(model.groupProperty());
        representatives.textProperty().bindBidirectional(model.representativesProperty());
        representatives.disableProperty().bind(model.groupProperty().not());
        representativesLabel.disableProperty().bind(model.groupProperty().not());
        confidential.selectedProperty().bindBidirectional(model.confidentialProperty());
        complex.selectedProperty().bindBidirectional(model.complexProperty());
        remote.selectedProperty().bindBidirectional(model.remoteProperty());
        hotSpot.selectedProperty().bindBidirectional(model.hotSpotProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        anonymous.selectedProperty().bindBidirectional(model.anonymousProperty());
        bindPetitioner();
        bindDuplicates();
        letterParts = new LetterPartsView(model.parts(), model.fields(), resources, partsBox);
        letterParts.bind();
        addPart.disableProperty().bind(javafx.beans.binding.Bindings.size(model.parts().rows())
                .greaterThanOrEqualTo(LetterParts.MAX_CONTENTS - 1));

        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(received, PetitionIntakeViewModel.RECEIVED);
        decorations.attach(kind, PetitionIntakeViewModel.KIND);
        decorations.attach(round, PetitionIntakeViewModel.ROUND);
        decorations.attach(field, PetitionIntakeViewModel.FIELD);
        decorations.attach(summary, PetitionIntakeViewModel.SUMMARY);
        decorations.attach(people, PetitionIntakeViewModel.PEOPLE);
        decorations.attach(representatives, PetitionIntakeViewModel.REPRESENTATIVES);
        decorations.attach(name, PetitionIntakeViewModel.NAME);
        decorations.attach(idNumber, PetitionIntakeViewModel.ID_NUMBER);
        decorations.attach(phone, PetitionIntakeViewModel.PHONE);
        problem.textProperty().bind(model.form().firstErrorProperty());
        save.disableProperty().bind(model.form().validProperty().not().or(model.busyProperty()));
        received.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::onNew);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                        this::onAddPart);
            }
        });
        summary.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) { // Tab leaves the text area
                event.consume();
                if (event.isShiftDown()) {
                    village.requestFocus();
                } else {
                    if (!letterParts.focus(false)) {
                        addPart.requestFocus();
                    }
                }
            }
        });
    }

    private void bindPetitioner() {
        name.textProperty().bindBidirectional(model.nameProperty());
        paper.getItems().setAll(IdPaperType.values());
        paper.setConverter(new LabelConverter<>(resources, IdPaperType::messageKey));
        paper.valueProperty().bindBidirectional(model.paperTypeProperty());
        idNumber.textProperty().bindBidirectional(model.idNumberProperty());
        phone.textProperty().bindBidirectional(model.phoneProperty());
        address.textProperty().bindBidirectional(model.addressProperty());
        var picked = model.citizenProperty().isNotNull();
        for (var control : new javafx.scene.control.Control[] {name, paper, idNumber, phone}) {
            control.disableProperty().bind(picked.or(model.anonymousProperty()));
        }
        address.disableProperty().bind(model.anonymousProperty());
        suggestions.setItems(model.suggestions());
        suggestions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Citizen citizen, boolean empty) {
                super.updateItem(citizen, empty);
                setText(empty || citizen == null ? null : citizen.fullName()
                        + (citizen.idNumber() == null ? "" : " · " + citizen.idNumber())
                        + (citizen.villageName() == null ? "" : " · " + citizen.villageName()));
            }
        });
        suggestions.setOnMouseClicked(event -> pickSuggestion());
        suggestions.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                pickSuggestion();
            }
        });
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(event -> {
            model.searchCitizens(name.getText());
            model.findDuplicates();
        });
        name.textProperty().addListener((observable, old, text) -> {
            if (model.citizenProperty().get() == null) {
                typing.playFromStart();
            }
        });
        name.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !model.suggestions().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
            }
        });
    }

    private void bindDuplicates() {
        duplicates.setItems(model.duplicates());
        duplicates.setPlaceholder(new Label(resources.getString("intake.duplicates.none")));
        duplicates.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicateCandidate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.code() + " · " + VietnameseFormats.date(d.receivedDate())
                        + " · " + resources.getString(d.status().messageKey()) + "\n" + d.summary());
                setWrapText(true);
            }
        });
        var chosen = duplicates.getSelectionModel().selectedItemProperty();
        linkRepeat.disableProperty().bind(chosen.isNull());
        dismiss.disableProperty().bind(chosen.isNull());
        repeatOf.textProperty().bind(Bindings.createStringBinding(() -> model.repeatOfProperty().get() == null ? ""
                : MessageFormat.format(resources.getString("intake.repeatOf"), model.repeatOfProperty().get().code(),
                model.repeatOfProperty().get().submissionCount() + 1), model.repeatOfProperty()));
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(event -> model.findDuplicates());
        idNumber.textProperty().addListener((observable, old, text) -> typing.playFromStart());
        summary.textProperty().addListener((observable, old, text) -> typing.playFromStart());
        model.fieldProperty().addListener((observable, old, value) -> typing.playFromStart());
        model.villageProperty().addListener((observable, old, value) -> typing.playFromStart());
    }

    private void pickSuggestion() {
        Citizen selected = suggestions.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.pickCitizen(selected);
            model.suggestions().clear();
            idNumber.getParent().requestFocus();
        }
    }

    @FXML
    private void onAddPart() {
        if (model.parts().add(model.kindProperty().get()) != null) {
            letterParts.focus(true);
        }
    }

    @FXML
    private void onNewCitizen() {
        model.clearCitizen();
        name.requestFocus();
    }

    @FXML
    private void onLinkRepeat() {
        model.linkAsRepeat(duplicates.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDismiss() {
        model.dismiss(duplicates.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onSave() {
        model.save();
        received.requestFocus();
    }

    @FXML
    private void onNew() {
        model.startNew();
        saved.setText("");
        received.requestFocus();
    }

    @FXML
    private void onClose() {
        ((Stage) save.getScene().getWindow()).close();
    }

    /** Shows which petitions were saved last (called by the window after a save). */
    public void showSaved(List<String> codes) {
        saved.setText(MessageFormat.format(resources.getString("intake.saved"), String.join(", ", codes)));
    }
}
