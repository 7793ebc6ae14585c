package vn.danvan.desk.common.ui;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the values of a closed set (an enum) in a combo box by their bundle labels. */
public final class LabelConverter<T> extends StringConverter<T> {

    private final ResourceBundle resources;
    private final Function<T, String> keyOf;
    private final String nullKey;

    public LabelConverter(ResourceBundle resources, Function<T, String> keyOf) {
        this(resources, keyOf, null);
    }

    /** {@code nullKey} labels the empty choice (e.g. "any" in a filter); without it the empty choice is blank. */
    public LabelConverter(ResourceBundle resources, Function<T, String> keyOf, String nullKey) {
        this.resources = resources;
        this.keyOf = keyOf;
        this.nullKey = nullKey;
    }

    @Override
    public String toString(T value) {
        if (value == null) {
            return nullKey == null ? "" : resources.getString(nullKey);
        }
        return resources.getString(keyOf.apply(value));
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("labels are not parsed back");
    }
}
