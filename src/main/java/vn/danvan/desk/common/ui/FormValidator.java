package vn.danvan.desk.common.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.i18n.Messages;

/**
 * The validation state of one form, kept by its view model: a rule per field, re-checked as the user types.
 * {@link #validProperty()} enables the save command, {@link #firstErrorProperty()} feeds the form's message line
 * and {@link #check(String, Object)} feeds the decorations on each control. A field is named by the bundle key
 * of its label, so the message line can say which field is wrong.
 */
public final class FormValidator {

    private final Supplier<Messages> messages;
    private final Map<String, FieldRule<?>> rules = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper("");

    public FormValidator(Supplier<Messages> messages) {
        this.messages = messages;
    }

    /**
     * Adds the rule of the field labelled {@code labelKey}; it is re-checked when {@code source} or any of
     * {@code alsoDependsOn} changes.
     */
    public <T> void add(String labelKey, ObservableValue<T> source, Function<? super T, Optional<Problem>> rule,
                        Observable... alsoDependsOn) {
        rules.put(labelKey, new FieldRule<>(labelKey, source, rule));
        source.addListener(observable -> revalidate());
        for (Observable dependency : alsoDependsOn) {
            dependency.addListener(observable -> revalidate());
        }
        revalidate();
    }

    /** The translated problem of {@code field} with its current value, if any. */
    public Optional<String> errorOf(String field) {
        FieldRule<?> rule = rules.get(field);
        return rule == null ? Optional.empty() : rule.current().map(this::translate);
    }

    /** The translated problem {@code field} would have with {@code candidate} as its value. */
    public Optional<String> check(String field, Object candidate) {
        FieldRule<?> rule = rules.get(field);
        return rule == null ? Optional.empty() : rule.with(candidate).map(this::translate);
    }

    public void revalidate() {
        String first = "";
        for (FieldRule<?> rule : rules.values()) {
            Optional<Problem> problem = rule.current();
            if (problem.isPresent()) {
                first = messages.get().get("validation.field", messages.get().get(rule.labelKey()),
                        translate(problem.get()));
                break;
            }
        }
        firstError.set(first);
        valid.set(first.isEmpty());
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public ReadOnlyStringProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }

    private String translate(Problem problem) {
        return messages.get().get(problem.messageKey(), problem.arguments());
    }

    private record FieldRule<T>(String labelKey, ObservableValue<T> source,
                                Function<? super T, Optional<Problem>> rule) {

        Optional<Problem> current() {
            return rule.apply(source.getValue());
        }

        @SuppressWarnings("unchecked")
        Optional<Problem> with(Object candidate) {
            return rule.apply((T) candidate);
        }
    }
}
