package vn.danvan.desk.common.ui;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the values of a closed set (an enum) in a combo box by their bundle labels. */
public final class LabelConverter<T> extends StringConverter<T> {

    private final ResourceBundle resources;
    private final Function<T, String> keyOf;

    public LabelConverter(ResourceBundle resources, Function<T, String> keyOf) {
        this.resources = resources;
        this.keyOf = keyOf;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : resources.getString(keyOf.apply(value));
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("labels are not parsed back");
    }
}
