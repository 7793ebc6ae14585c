package vn.danvan.desk.common.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * A text box that picks one entry of a catalog (villages, fields, units) by typing: suggestions appear as the
 * officer types, accents and case optional; the entry is chosen when the text names exactly one entry (its full name,
 * or the start of only one). Text that names nothing is outlined red ({@code :unmatched}) and leaves no choice.
 */
public final class NameCompletion {

    private static final PseudoClass UNMATCHED = PseudoClass.getPseudoClass("unmatched");
    private static final int MAX_SUGGESTIONS = 12;

    private NameCompletion() {
    }

    /** Binds {@code box} to {@code choice} over {@code entries}. */
    public static void bind(TextField box, ObjectProperty<NamedRef> choice, ObservableList<NamedRef> entries) {
        // no list once the box is left (a late list would take the next Enter) or when the name is already whole
        TextFields.bindAutoCompletion(box, request -> box.isFocused()
                        ? suggestions(entries, request.getUserText()) : List.of(),
                new StringConverter<NamedRef>() {
                    @Override
                    public String toString(NamedRef ref) {
                        return ref == null ? "" : ref.name();
                    }

                    @Override
                    public NamedRef fromString(String text) {
                        return resolve(entries, text).orElse(null);
                    }
                });
        boolean[] updating = {false};
        box.textProperty().addListener((observable, old, text) -> {
            if (updating[0]) {
                return;
            }
            updating[0] = true;
            Optional<NamedRef> found = resolve(entries, text);
            choice.set(found.orElse(null));
            box.pseudoClassStateChanged(UNMATCHED, found.isEmpty() && !VietnameseText.isBlank(text));
            updating[0] = false;
        });
        choice.addListener((observable, old, ref) -> {
            if (updating[0]) {
                return;
            }
            updating[0] = true;
            box.setText(ref == null ? "" : ref.name());
            box.pseudoClassStateChanged(UNMATCHED, false);
            updating[0] = false;
        });
    }

    /** Whether the box holds text that names no entry. */
    public static boolean unmatched(TextField box) {
        return box.getPseudoClassStates().contains(UNMATCHED);
    }

    static List<NamedRef> suggestions(List<NamedRef> entries, String typed) {
        String key = VietnameseText.searchKey(typed);
        if (key.isEmpty() || entries.stream().anyMatch(e -> VietnameseText.searchKey(e.name()).equals(key))) {
            return List.of();
        }
        return List.copyOf(entries).stream().filter(e -> VietnameseText.searchKey(e.name()).contains(key))
                .limit(MAX_SUGGESTIONS).toList();
    }

    /** The entry that {@code text} names: its whole name, or the start of exactly one name (accents optional). */
    public static Optional<NamedRef> resolve(List<NamedRef> entries, String text) {
        String key = VietnameseText.searchKey(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<NamedRef> all = List.copyOf(entries);
        Optional<NamedRef> exact = all.stream().filter(e -> VietnameseText.searchKey(e.name()).equals(key))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<NamedRef> starting = all.stream().filter(e -> VietnameseText.searchKey(e.name()).startsWith(key))
                .limit(2).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }
}
