package vn.danvan.desk.dialogue;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;

/** The Settings section with the meeting minimums the dialogue page checks; only an admin changes them. */
public final class ObligationSettingsViewModel {

    public static final String CONFERENCES = "obligations.field.conferences";
    public static final String RECEPTION_DAYS = "obligations.field.receptionDays";

    private final StringProperty conferences = new SimpleStringProperty("");
    private final StringProperty receptionDays = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty editable;
    private final DialogueObligations obligations;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final FormValidator form;

    public ObligationSettingsViewModel(DialogueObligations obligations, TaskRunner runner,
                                       Supplier<Messages> messages, boolean admin) {
        this.obligations = obligations;
        this.runner = runner;
        this.messages = messages;
        this.editable = new SimpleBooleanProperty(admin);
        this.form = new FormValidator(messages);
        form.add(CONFERENCES, conferences, text -> within(text, 12));
        form.add(RECEPTION_DAYS, receptionDays, text -> within(text, 31));
    }

    public void load() {
        runner.run(obligations::minimums, m -> {
            conferences.set(Integer.toString(m[0]));
            receptionDays.set(Integer.toString(m[1]));
        });
    }

    public void save() {
        if (!form.isValid() || !editable.get()) {
            return;
        }
        int c = Integer.parseInt(conferences.get().strip());
        int r = Integer.parseInt(receptionDays.get().strip());
        runner.run(() -> {
            obligations.setMinimums(c, r);
            return true;
        }, done -> status.set(messages.get().get("obligations.saved")));
    }

    private static java.util.Optional<Problem> within(String text, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value < 0 || value > max ? Problem.of("validation.range", 0, max) : Problem.none();
        } catch (NumberFormatException e) {
            return Problem.of("validation.number");
        }
    }

    public FormValidator form() { return form; }
    public StringProperty conferencesProperty() { return conferences; }
    public StringProperty receptionDaysProperty() { return receptionDays; }
    public BooleanProperty editableProperty() { return editable; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
