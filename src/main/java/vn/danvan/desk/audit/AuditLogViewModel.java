package vn.danvan.desk.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.TaskRunner;

/**
 * The audit log tab (administrators): filters by period, officer, action and text, newest rows first 200 at a
 * time, checks the hash chain and exports what is filtered as CSV. Everything runs in the background.
 */
public final class AuditLogViewModel {

    static final int PAGE = 200;
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuditService service;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<String> action = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty more = new SimpleBooleanProperty(false);
    private int total;
    private int serial;

    private final boolean allowed;

    /** {@code allowed}: only administrators read the log; for others the tab is not shown and nothing is read. */
    public AuditLogViewModel(AuditService service, TaskRunner runner, Supplier<Messages> messages, boolean allowed) {
        this.allowed = allowed;
        this.service = service;
        this.runner = runner;
        this.messages = messages;
    }

    /** The filter as the service reads it: whole days in the office's time zone, {@code to} included. */
    AuditFilter filter() {
        return new AuditFilter(from.get() == null ? null : from.get().atStartOfDay(OFFICE_ZONE).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant(),
                username.get(), action.get(), text.get());
    }

    /** Reads the first page of the filtered log (and the list of actions for the filter box). */
    public void load() {
        if (!allowed) {
            return;
        }
        AuditFilter filter = filter();
        int mine = ++serial;
        busy.set(true);
        runner.run(() -> new Page(service.count(filter), service.page(filter, 0, PAGE), service.actions()), page -> {
            if (mine != serial) {
                return;
            }
            busy.set(false);
            total = page.total();
            rows.setAll(page.rows());
            if (!actions.equals(page.actions())) {
                String chosen = action.get();
                actions.setAll(page.actions());
                action.set(chosen);
            }
            showCount();
        }, error -> {
            busy.set(false);
            status.set(Failures.describe(error, messages.get()));
        });
    }

    /** The next 200 rows of the same filter. */
    public void loadMore() {
        if (!allowed) {
            return;
        }
        AuditFilter filter = filter();
        int offset = rows.size();
        int mine = serial;
        busy.set(true);
        runner.run(() -> service.page(filter, offset, PAGE), next -> {
            busy.set(false);
            if (mine == serial) {
                rows.addAll(next);
                showCount();
            }
        }, error -> {
            busy.set(false);
            status.set(Failures.describe(error, messages.get()));
        });
    }

    /** Recomputes the whole hash chain and says whether the log was altered outside the app. */
    public void verify() {
        if (!allowed) {
            return;
        }
        busy.set(true);
        chain.set(messages.get().get("audit.chain.checking"));
        runner.run(service::verify, result -> {
            busy.set(false);
            chain.set(result.intact() ? messages.get().get("audit.chain.intact", result.rows())
                    : messages.get().get("audit.chain.broken", result.firstBrokenSeq().orElseThrow(), result.rows()));
        }, error -> {
            busy.set(false);
            chain.set(Failures.describe(error, messages.get()));
        });
    }

    /** Writes the filtered rows (all of them, not only those shown) to {@code file} as CSV. */
    public void export(Path file) {
        if (!allowed) {
            return;
        }
        AuditFilter filter = filter();
        busy.set(true);
        runner.run(() -> service.exportCsv(filter, file), count -> {
            busy.set(false);
            status.set(messages.get().get("audit.exported", count, file.toAbsolutePath()));
        }, error -> {
            busy.set(false);
            status.set(Failures.describe(error, messages.get()));
        });
    }

    private void showCount() {
        status.set(messages.get().get("audit.count", rows.size(), total));
        more.set(rows.size() < total);
    }

    private record Page(int total, List<AuditEntry> rows, List<String> actions) {
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public ObjectProperty<String> actionProperty() {
        return action;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty moreProperty() {
        return more;
    }
}
