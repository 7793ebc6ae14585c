package vn.danvan.desk.catalog;

import java.util.ResourceBundle;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Labeled;

/** Texts that follow the selection of a catalog tab: the form title and the (de)activate button. */
public final class CatalogControls {

    private CatalogControls() {
    }

    /** {@code newKey} while nothing is selected (a new entry), {@code editKey} while an entry is selected. */
    public static <T> void bindFormTitle(Labeled title, ObjectProperty<T> selected, ResourceBundle resources,
                                         String newKey, String editKey) {
        title.textProperty().bind(Bindings.createStringBinding(
                () -> resources.getString(selected.get() == null ? newKey : editKey), selected));
    }

    /** "Reactivate" for an inactive selected entry, "Deactivate" otherwise. */
    public static <T> void bindActiveToggle(Labeled button, ObjectProperty<T> selected, Predicate<T> active,
                                            ResourceBundle resources) {
        button.textProperty().bind(Bindings.createStringBinding(() -> resources.getString(
                selected.get() != null && !active.test(selected.get())
                        ? "catalog.action.activate" : "catalog.action.deactivate"), selected));
    }
}
