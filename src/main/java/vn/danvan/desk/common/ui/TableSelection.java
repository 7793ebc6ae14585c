package vn.danvan.desk.common.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/** Keeps a table's selected row and a view model's selected item in step, both ways. */
public final class TableSelection {

    private TableSelection() {
    }

    public static <T> void bind(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != selected.get()) {
                selected.set(item);
            }
        });
        selected.addListener((observable, old, item) -> {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            }
        });
    }
}
