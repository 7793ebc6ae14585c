package vn.danvan.desk.petition.deadline;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;

/**
 * The deadline rules in Settings: every rule with its limit, day type and legal basis; an admin edits one at a
 * time, and the open petitions' due dates follow.
 */
public final class DeadlineRulesViewModel {

    public static final String LIMIT = "deadline.field.limit";
    public static final String BASIS = "deadline.field.basis";

    private final ObservableList<DeadlineRule> rules = FXCollections.observableArrayList();
    private final ObjectProperty<DeadlineRule> selected = new SimpleObjectProperty<>();
    private final StringProperty limit = new SimpleStringProperty("");
    private final ObjectProperty<DayType> dayType = new SimpleObjectProperty<>();
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty editable;

    private final DeadlineRuleService service;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final FormValidator form;

    public DeadlineRulesViewModel(DeadlineRuleService service, TaskRunner runner, Supplier<Messages> messages,
                                  boolean admin) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.editable = new SimpleBooleanProperty(admin);
        this.form = new FormValidator(messages);
        form.add(LIMIT, limit, DeadlineRulesViewModel::checkLimit);
        form.add(BASIS, basis, text -> TextRules.required(text, 500));
        selected.addListener((observable, old, rule) -> {
            limit.set(rule == null ? "" : String.valueOf(rule.limitDays()));
            dayType.set(rule == null ? null : rule.dayType());
            basis.set(rule == null ? "" : rule.legalBasis());
            status.set("");
        });
    }

    static Optional<Problem> checkLimit(String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            return days < 1 || days > DeadlineRuleService.MAX_LIMIT_DAYS
                    ? Problem.of("error.deadline.limit", DeadlineRuleService.MAX_LIMIT_DAYS) : Problem.none();
        } catch (NumberFormatException e) {
            return Problem.of("error.deadline.limit", DeadlineRuleService.MAX_LIMIT_DAYS);
        }
    }

    public void load() {
        runner.run(() -> service.rules().all(), rules::setAll);
    }

    /** Saves the selected rule; the service re-computes the open petitions' due dates in the same transaction. */
    public void save() {
        DeadlineRule rule = selected.get();
        if (rule == null || !form.isValid() || !editable.get()) {
            return;
        }
        int days = Integer.parseInt(limit.get().strip());
        DayType type = dayType.get();
        String text = basis.get();
        runner.run(() -> service.update(rule.id(), days, type, text), updated -> {
            int index = rules.indexOf(rule);
            rules.set(index, updated);
            selected.set(updated);
            status.set(messages.get().get("deadline.saved"));
        });
    }

    public FormValidator form() { return form; }
    public ObservableList<DeadlineRule> rules() { return rules; }
    public ObjectProperty<DeadlineRule> selectedProperty() { return selected; }
    public StringProperty limitProperty() { return limit; }
    public ObjectProperty<DayType> dayTypeProperty() { return dayType; }
    public StringProperty basisProperty() { return basis; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty editableProperty() { return editable; }
}
