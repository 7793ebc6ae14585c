package vn.danvan.desk.dialogue;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.textfield.TextFields;
import vn.danvan.desk.citizen.Citizen;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.NameCompletion;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The opinions tab of the session window: the entry line (Enter adds the opinion and starts the next one at the
 * speaker box), and the grid below (Enter or a double click puts a line back on the entry line, Delete removes it).
 */
final class OpinionGridView {

    /** The controls of the tab, as laid out in SessionEditorView.fxml. */
    record Controls(GridPane entry, TextField speaker, TextField village, TextField field, TextField content,
                    ComboBox<OpinionOutcome> outcome, ComboBox<PetitionKind> kind, ComboBox<Integer> assignment,
                    TextField answeredBy, TextField answer, Label kindLabel, Label answeredByLabel,
                    Label answerLabel, Label entryProblem, TableView<OpinionLine> table,
                    List<TableColumn<OpinionLine, String>> columns) {
    }

    private final SessionEditorViewModel model;
    private final OpinionEntryModel entry;
    private final ResourceBundle resources;
    private final java.util.function.Supplier<Messages> messages;
    private final Controls c;

    OpinionGridView(SessionEditorViewModel model, ResourceBundle resources,
                    java.util.function.Supplier<Messages> messages, Controls controls) {
        this.model = model;
        this.entry = model.opinions();
        this.resources = resources;
        this.messages = messages;
        this.c = controls;
    }

    void bind() {
        c.speaker().textProperty().bindBidirectional(entry.speakerProperty());
        TextFields.bindAutoCompletion(c.speaker(), request -> c.speaker().isFocused()
                        ? model.suggestSpeakers(request.getUserText()) : List.of(),
                new javafx.util.StringConverter<Citizen>() {
                    @Override
                    public String toString(Citizen citizen) {
                        return citizen == null ? "" : citizen.fullName();
                    }

                    @Override
                    public Citizen fromString(String text) {
                        return null;
                    }
                }).setOnAutoCompleted(event -> pickSpeaker(event.getCompletion()));
        c.speaker().textProperty().addListener((observable, old, text) -> {
            Citizen picked = entry.speakerCitizenProperty().get();
            if (picked != null && !picked.fullName().equals(text)) {
                entry.speakerCitizenProperty().set(null);
            }
        });
        NameCompletion.bind(c.village(), entry.villageProperty(), model.villages());
        NameCompletion.bind(c.field(), entry.fieldProperty(), model.fields());
        c.content().textProperty().bindBidirectional(entry.contentProperty());
        c.outcome().getItems().setAll(OpinionOutcome.values());
        c.outcome().setConverter(new LabelConverter<>(resources, OpinionOutcome::messageKey));
        c.outcome().valueProperty().bindBidirectional(entry.outcomeProperty());
        c.kind().getItems().setAll(PetitionKind.values());
        c.kind().setConverter(new LabelConverter<>(resources, PetitionKind::messageKey));
        c.kind().valueProperty().bindBidirectional(entry.kindProperty());
        c.assignment().valueProperty().bindBidirectional(entry.assignmentProperty());
        model.assignments().addListener((javafx.collections.ListChangeListener<AssignmentLine>) change ->
                refreshAssignmentChoices());
        refreshAssignmentChoices();
        c.answeredBy().textProperty().bindBidirectional(entry.answeredByProperty());
        c.answer().textProperty().bindBidirectional(entry.answerProperty());
        var answered = entry.outcomeProperty().isEqualTo(OpinionOutcome.ANSWERED);
        for (Control control : new Control[] {c.answeredBy(), c.answer()}) {
            control.disableProperty().bind(answered.not());
        }
        c.answeredByLabel().disableProperty().bind(answered.not());
        c.answerLabel().disableProperty().bind(answered.not());
        c.kind().disableProperty().bind(answered);
        c.kindLabel().disableProperty().bind(answered);
        c.entryProblem().textProperty().bind(Bindings.createStringBinding(
                () -> entry.entryProblemProperty().get().map(this::translate).orElse(""),
                entry.entryProblemProperty()));
        c.entry().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                event.consume();
                commit();
            }
        });
        bindTable();
    }

    /** Adds (or stores) the opinion on the entry line; the keyboard goes back to the speaker box. */
    void commit() {
        boolean unknownName = NameCompletion.unmatched(c.village()) || NameCompletion.unmatched(c.field());
        if (entry.commit(unknownName)) {
            c.table().scrollTo(entry.lines().size() - 1);
            c.speaker().requestFocus();
        }
    }

    void cancelEdit() {
        entry.clearEntry();
        c.speaker().requestFocus();
    }

    /** Removes the selected opinion; says why when it already became a petition. */
    void removeSelected() {
        int index = c.table().getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        entry.remove(index);
    }

    private void pickSpeaker(Citizen citizen) {
        entry.speakerCitizenProperty().set(citizen);
        if (citizen.villageId() != null) {
            model.villages().stream().filter(v -> v.id().equals(citizen.villageId())).findFirst()
                    .ifPresent(entry.villageProperty()::set);
        }
    }

    private void refreshAssignmentChoices() {
        Integer chosen = entry.assignmentProperty().get();
        List<Integer> numbers = new java.util.ArrayList<>();
        numbers.add(null);
        for (int i = 1; i <= model.assignments().size(); i++) {
            numbers.add(i);
        }
        c.assignment().getItems().setAll(numbers);
        c.assignment().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                if (n == null) {
                    return resources.getString("dialogue.assignment.none");
                }
                AssignmentLine line = n <= model.assignments().size() ? model.assignments().get(n - 1) : null;
                return line == null || line.unit() == null ? Integer.toString(n) : n + ". " + line.unit().name();
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        entry.assignmentProperty().set(chosen != null && chosen <= model.assignments().size() ? chosen : null);
    }

    private void bindTable() {
        TableView<OpinionLine> table = c.table();
        table.setItems(entry.lines());
        table.setPlaceholder(new Label(resources.getString("dialogue.opinions.none")));
        List<TableColumn<OpinionLine, String>> cols = c.columns();
        cols.get(0).setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                Integer.toString(table.getItems().indexOf(cell.getValue()) + 1)));
        cols.get(1).setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().draft().speakerName()));
        cols.get(2).setCellValueFactory(cell -> new ReadOnlyStringWrapper(name(cell.getValue().village())));
        cols.get(3).setCellValueFactory(cell -> new ReadOnlyStringWrapper(name(cell.getValue().field())));
        cols.get(4).setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().draft().content()));
        cols.get(5).setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                resources.getString(cell.getValue().draft().outcome().messageKey())));
        cols.get(6).setCellValueFactory(cell -> new ReadOnlyStringWrapper(result(cell.getValue())));
        cols.get(7).setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().draft().assignment() == null ? "" : cell.getValue().draft().assignment().toString()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(OpinionLine line, boolean empty) {
                super.updateItem(line, empty);
                boolean wrong = !empty && line != null && line.problem().isPresent();
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), wrong);
                setTooltip(wrong ? new Tooltip(translate(line.problem().get())) : null);
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                editSelected();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                editSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                event.consume();
                removeSelected();
            }
        });
    }

    private void editSelected() {
        int index = c.table().getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            entry.edit(index);
            c.content().requestFocus();
        }
    }

    private String result(OpinionLine line) {
        OpinionDraft o = line.draft();
        if (o.outcome() == OpinionOutcome.ANSWERED) {
            return (o.answeredBy() == null ? "" : o.answeredBy() + ": ") + o.answer();
        }
        if (line.petitionCode() != null) {
            return MessageFormat.format(resources.getString("dialogue.opinion.becamePetition"), line.petitionCode());
        }
        return MessageFormat.format(resources.getString("dialogue.opinion.willBecome"),
                resources.getString(o.petitionKind().messageKey()));
    }

    private static String name(NamedRef ref) {
        return ref == null ? "" : ref.name();
    }

    private String translate(Problem problem) {
        return messages.get().get(problem.messageKey(), problem.arguments());
    }
}
