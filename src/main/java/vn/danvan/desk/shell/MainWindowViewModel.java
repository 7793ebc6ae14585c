package vn.danvan.desk.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.UserSession;

/** The main window: which page is shown, and the status bar (office, officer, database, record counts). */
public final class MainWindowViewModel {

    private final ObjectProperty<Page> selectedPage = new SimpleObjectProperty<>(Page.CATALOGS);
    private final ReadOnlyStringWrapper officeName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officerName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper databasePath = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordCounts = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper overdue = new javafx.beans.property.ReadOnlyIntegerWrapper(0);

    private final OfficeService offices;
    private final RecordCountRepository counts;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final List<Page> pages;
    private final java.util.function.IntSupplier overdueCount;

    public MainWindowViewModel(OfficeService offices, RecordCountRepository counts, UserSession session,
                               Path databaseFile, TaskRunner runner, Supplier<Messages> messages, List<Page> pages,
                               java.util.function.IntSupplier overdueCount) {
        this.overdueCount = overdueCount;
        this.offices = offices;
        this.counts = counts;
        this.runner = runner;
        this.messages = messages;
        this.pages = List.copyOf(pages);
        this.databasePath.set(databaseFile.toString());
        Officer officer = session.officer().orElse(null);
        if (officer != null) {
            officerName.set(officer.fullName() + " (" + messages.get().get(officer.role().messageKey()) + ")");
        }
    }

    /** Reloads the office name and the record counts in the background. */
    public void refresh() {
        runner.run(() -> new Status(offices.localOffice().map(OfficeProfile::name).orElse(""), counts.count(),
                        overdueCount.getAsInt()),
                status -> {
                    officeName.set(status.office());
                    overdue.set(status.overdue());
                    RecordCounts c = status.counts();
                    recordCounts.set(messages.get().get("status.counts", c.villages(), c.citizens(), c.petitions(),
                            c.dialogues()));
                });
    }

    public List<Page> pages() {
        return pages;
    }

    public ObjectProperty<Page> selectedPageProperty() {
        return selectedPage;
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return officeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officerNameProperty() {
        return officerName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databasePathProperty() {
        return databasePath.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recordCountsProperty() {
        return recordCounts.getReadOnlyProperty();
    }

    /** Open petitions past their due date: the badge on the petitions entry of the sidebar. */
    public javafx.beans.property.ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    private record Status(String office, RecordCounts counts, int overdue) {
    }
}
