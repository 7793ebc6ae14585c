package vn.danvan.desk.report.summary;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/** The Settings section with the report period boundary rule; only an admin changes it. */
public final class PeriodBoundarySettingsViewModel {

    private final ObjectProperty<PeriodBoundary> boundary = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty editable;
    private final PeriodSummaryService service;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;

    public PeriodBoundarySettingsViewModel(PeriodSummaryService service, TaskRunner runner,
                                           Supplier<Messages> messages, Supplier<Actor> actor) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.actor = actor;
        this.editable = new SimpleBooleanProperty(actor.get().admin());
    }

    public void load() {
        runner.run(service::boundary, boundary::set);
    }

    public void save() {
        PeriodBoundary chosen = boundary.get();
        if (chosen == null || !editable.get()) {
            return;
        }
        Actor who = actor.get();
        runner.run(() -> {
            service.setBoundary(chosen, who);
            return chosen;
        }, saved -> status.set(messages.get().get("summary.boundary.saved")));
    }

    public ObjectProperty<PeriodBoundary> boundaryProperty() { return boundary; }
    public BooleanProperty editableProperty() { return editable; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
