package vn.danvan.desk.common.ui;

import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Shows a view model's {@link FormValidator} rules as ControlsFX decorations on the controls of a form. */
public final class FormDecorations {

    private final ValidationSupport support = new ValidationSupport();
    private final FormValidator form;

    public FormDecorations(FormValidator form) {
        this.form = form;
    }

    /** Decorates {@code control} with the problem of {@code field}, re-checked on every change of its value. */
    public <T> void attach(Control control, String field) {
        Validator<T> validator = (target, value) -> form.check(field, value)
                .map(message -> ValidationResult.fromError(target, message))
                .orElseGet(ValidationResult::new);
        support.registerValidator(control, false, validator);
    }

    public ValidationSupport support() {
        return support;
    }
}
