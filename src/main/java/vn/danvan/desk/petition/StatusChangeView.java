package vn.danvan.desk.petition;

import java.util.ResourceBundle;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.VietnameseFormats;

/** The status-change dialog; binds {@link StatusChangeViewModel} and shows only the inputs of the chosen step. */
public final class StatusChangeView {

    private final StatusChangeViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private Label heading;
    @FXML private ComboBox<PetitionStatus> target;
    @FXML private Label dateLabel;
    @FXML private DatePicker date;
    @FXML private Label unitLabel;
    @FXML private ComboBox<NamedRef> unit;
    @FXML private Label agencyLabel;
    @FXML private TextField agency;
    @FXML private Label docNoLabel;
    @FXML private TextField docNo;
    @FXML private Label newDueLabel;
    @FXML private DatePicker newDue;
    @FXML private Label resultLabel;
    @FXML private TextArea result;
    @FXML private Label satisfactionLabel;
    @FXML private ComboBox<Satisfaction> satisfaction;
    @FXML private Label noteLabel;
    @FXML private TextArea note;
    @FXML private Label problem;
    @FXML private Button save;

    public StatusChangeView(StatusChangeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        heading.setText(model.count() == 1 ? resources.getString("statusChange.heading.one")
                : java.text.MessageFormat.format(resources.getString("statusChange.heading.many"), model.count()));
        target.setItems(model.targets());
        target.setConverter(new LabelConverter<>(resources, PetitionStatus::messageKey));
        target.valueProperty().bindBidirectional(model.targetProperty());
        VietnameseFormats.watchTypedDate(date, model.dateUnreadableProperty());
        VietnameseFormats.watchTypedDate(newDue, model.newDueUnreadableProperty());
        date.valueProperty().bindBidirectional(model.dateProperty());
        unit.setItems(model.units());
        unit.valueProperty().bindBidirectional(model.unitProperty());
        agency.textProperty().bindBidirectional(model.agencyProperty());
        docNo.textProperty().bindBidirectional(model.docNoProperty());
        newDue.valueProperty().bindBidirectional(model.newDueDateProperty());
        result.textProperty().bindBidirectional(model.resultProperty());
        satisfaction.getItems().setAll(Satisfaction.values());
        satisfaction.setConverter(new LabelConverter<>(resources, Satisfaction::messageKey));
        satisfaction.valueProperty().bindBidirectional(model.satisfactionProperty());
        note.textProperty().bindBidirectional(model.noteProperty());

        show(ChangeField.DATE, dateLabel, date);
        show(ChangeField.UNIT, unitLabel, unit);
        show(ChangeField.AGENCY, agencyLabel, agency);
        show(ChangeField.DOC_NO, docNoLabel, docNo);
        show(ChangeField.NEW_DUE_DATE, newDueLabel, newDue);
        show(ChangeField.RESULT, resultLabel, result);
        show(ChangeField.SATISFACTION, satisfactionLabel, satisfaction);
        show(ChangeField.NOTE, noteLabel, note);

        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(date, ChangeField.DATE.messageKey());
        decorations.attach(unit, ChangeField.UNIT.messageKey());
        decorations.attach(agency, ChangeField.AGENCY.messageKey());
        decorations.attach(docNo, ChangeField.DOC_NO.messageKey());
        decorations.attach(newDue, ChangeField.NEW_DUE_DATE.messageKey());
        decorations.attach(result, ChangeField.RESULT.messageKey());
        decorations.attach(note, ChangeField.NOTE.messageKey());
        problem.textProperty().bind(model.form().firstErrorProperty());
        save.disableProperty().bind(model.form().validProperty().not().or(model.busyProperty()));
        target.requestFocus();
    }

    private void show(ChangeField field, Label label, Node control) {
        BooleanBinding shown = model.shows(field);
        for (Node node : new Node[] {label, control}) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
        label.textProperty().bind(model.label(field));
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onCancel() {
        ((Stage) save.getScene().getWindow()).close();
    }
}
