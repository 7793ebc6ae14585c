package vn.danvan.desk.dashboard;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.dashboard.DashboardViewModel.DeadlineEntry;
import vn.danvan.desk.petition.PetitionRow;

/**
 * A row of a deadline list on two lines: the code and how late (or how soon) on the first; who sent it (masked as
 * in the petition list), the field and the due date on the second. A click or Enter opens the petition.
 */
final class DeadlineCell extends ListCell<DeadlineEntry> {

    private final ResourceBundle resources;
    private final boolean overdue;
    private final Label code = new Label();
    private final Label days = new Label();
    private final Label second = new Label();
    private final VBox graphic;

    private DeadlineCell(ResourceBundle resources, boolean overdue, Consumer<DeadlineEntry> open) {
        this.resources = resources;
        this.overdue = overdue;
        code.getStyleClass().add("deadline-code");
        days.getStyleClass().add(overdue ? "deadline-days-late" : "deadline-days-left");
        days.setMinWidth(Region.USE_PREF_SIZE);
        code.setMinWidth(Region.USE_PREF_SIZE);
        second.setMinWidth(0);
        setPrefWidth(0); // as wide as the list, never wider: the second line is cut with "…", no sideways scrolling
        second.getStyleClass().add("deadline-second");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        graphic = new VBox(1, new HBox(6, code, gap, days), second);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    /** Shows {@code rows} in {@code list}, rows opening their petition. */
    static void install(ListView<DeadlineEntry> list, javafx.collections.ObservableList<DeadlineEntry> rows,
                        ResourceBundle resources, boolean overdue, String emptyKey, Consumer<DeadlineEntry> open) {
        list.setItems(rows);
        list.setPlaceholder(new Label(resources.getString(emptyKey)));
        list.setCellFactory(view -> new DeadlineCell(resources, overdue, open));
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            DeadlineEntry chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                open.accept(chosen);
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(DeadlineEntry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setCursor(Cursor.DEFAULT);
            return;
        }
        PetitionRow row = item.row();
        code.setText(row.code());
        days.setText(daysText(item.days()));
        String who = row.identity().name() == null ? resources.getString("detail.anonymous") : row.identity().name();
        second.setText(text("dashboard.list.line", who, row.fieldName() == null ? "" : row.fieldName(),
                VietnameseFormats.date(row.dueDate())));
        setGraphic(graphic);
        setCursor(Cursor.HAND);
        setTooltip(new Tooltip(text("dashboard.list.row.tooltip", row.code(),
                resources.getString(row.status().messageKey()), row.fieldName() == null ? "" : row.fieldName(),
                row.villageName() == null ? "" : row.villageName(),
                row.handlingUnitName() == null ? "" : row.handlingUnitName(), row.summary())));
    }

    private String daysText(long value) {
        if (!overdue && value == 0) {
            return resources.getString("dashboard.list.today");
        }
        return text(overdue ? "dashboard.list.daysLate.value" : "dashboard.list.daysLeft.value",
                VietnameseFormats.count(value));
    }

    private String text(String key, Object... arguments) {
        return MessageFormat.format(resources.getString(key), arguments);
    }
}
