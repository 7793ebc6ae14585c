package vn.danvan.desk.listimport;

import java.util.function.Supplier;
import javafx.scene.Parent;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.ChildWindows;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.common.ui.ViewLoader;
import vn.danvan.desk.security.Actor;

/** Opens Nhập danh sách in its own window over the main one (from the petition page's toolbar). */
public final class ListImportWindow {

    private final ListImportService service;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final ViewLoader views;
    private final ChildWindows windows;

    public ListImportWindow(ListImportService service, TaskRunner runner, Supplier<Messages> messages,
                            Supplier<Actor> actor, ViewLoader views, ChildWindows windows) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.actor = actor;
        this.views = views;
        this.windows = windows;
    }

    /** {@code onImported} runs after an import saved petitions (the list and the counts are read again). */
    public void open(Runnable onImported) {
        ListImportViewModel model = new ListImportViewModel(service, runner, messages, actor, onImported);
        Parent root = views.loadWith(new ListImportView(model));
        windows.show(root, "listimport.title", 920, 620);
    }
}
