package vn.danvan.desk.petition;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.common.ui.LabelConverter;

/**
 * The further contents of a split letter on the intake form: one line each (number, kind, field, summary, remove),
 * rebuilt from {@link LetterParts#rows()}. An incomplete line is outlined in red; the form's message line says what
 * is missing.
 */
final class LetterPartsView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final LetterParts parts;
    private final ObservableList<NamedRef> fields;
    private final ResourceBundle resources;
    private final VBox box;

    LetterPartsView(LetterParts parts, ObservableList<NamedRef> fields, ResourceBundle resources, VBox box) {
        this.parts = parts;
        this.fields = fields;
        this.resources = resources;
        this.box = box;
    }

    void bind() {
        parts.rows().addListener((ListChangeListener<LetterParts.Row>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    /** Puts the keyboard on the kind of the first (or last) further content; false when there is none. */
    boolean focus(boolean last) {
        if (box.getChildren().isEmpty()) {
            return false;
        }
        HBox line = (HBox) box.getChildren().get(last ? box.getChildren().size() - 1 : 0);
        line.getChildren().get(1).requestFocus();
        return true;
    }

    private void rebuild() {
        box.getChildren().clear();
        for (int i = 0; i < parts.rows().size(); i++) {
            box.getChildren().add(line(parts.rows().get(i), i + 2));
        }
    }

    private Node line(LetterParts.Row row, int number) {
        Label label = new Label(number + ".");
        label.getStyleClass().add("letter-part-number");

        ComboBox<PetitionKind> kind = new ComboBox<>();
        kind.getItems().setAll(PetitionKind.values());
        kind.setConverter(new LabelConverter<>(resources, PetitionKind::messageKey));
        kind.valueProperty().bindBidirectional(row.kindProperty());
        kind.setAccessibleText(MessageFormat.format(resources.getString("intake.part.kind"), number));

        ComboBox<NamedRef> field = new ComboBox<>(fields);
        field.setPromptText(resources.getString("intake.field.field"));
        field.valueProperty().bindBidirectional(row.fieldProperty());
        field.setAccessibleText(MessageFormat.format(resources.getString("intake.part.field"), number));
        field.setPrefWidth(170);

        TextField summary = new TextField();
        summary.setPromptText(resources.getString("intake.part.summary.prompt"));
        summary.textProperty().bindBidirectional(row.summaryProperty());
        summary.setAccessibleText(MessageFormat.format(resources.getString("intake.part.summary"), number));
        HBox.setHgrow(summary, Priority.ALWAYS);

        Button remove = new Button("✕");
        remove.setTooltip(new Tooltip(MessageFormat.format(resources.getString("intake.part.remove"), number)));
        remove.setAccessibleText(remove.getTooltip().getText());
        remove.setOnAction(event -> parts.remove(row));

        field.pseudoClassStateChanged(INVALID, row.fieldProperty().get() == null);
        row.fieldProperty().addListener((observable, old, value) -> field.pseudoClassStateChanged(INVALID,
                value == null));
        summary.pseudoClassStateChanged(INVALID, true);
        row.summaryProperty().addListener((observable, old, text) -> summary.pseudoClassStateChanged(INVALID,
                VietnameseText.isBlank(text)));

        HBox line = new HBox(6, label, kind, field, summary, remove);
        line.getStyleClass().add("letter-part");
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }
}
