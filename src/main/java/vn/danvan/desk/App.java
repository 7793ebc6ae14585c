package vn.danvan.desk;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.db.DataLocation;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.settings.LocalPreferences;

/**
 * The JavaFX application. {@link #init()} opens and migrates the database on the launcher thread (never the
 * FX thread); {@link #start(Stage)} hands the window to {@link AppWindow}. No logic of its own.
 */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private AppServices services;
    private final boolean ownsServices;
    private Path dataFolder;
    private DatabaseOpenException openError;
    private AppWindow window;

    public App() {
        this.ownsServices = true;
    }

    /** For tests: a window over services that the caller opened and will close. */
    App(AppServices services) {
        this.services = services;
        this.ownsServices = false;
    }

    @Override
    public void init() {
        if (services != null) {
            dataFolder = services.database().directory();
            return;
        }
        dataFolder = DataLocation.resolve(Launcher.dbOption(getParameters().getRaw().toArray(String[]::new)));
        try {
            services = AppServices.open(dataFolder);
        } catch (DatabaseOpenException e) {
            LOG.warn("Cannot open database in {}: {}", dataFolder, e.getMessage(), e);
            openError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught error on the FX thread", error);
            if (window != null) {
                window.dialogs().showFailure(error);
            }
        });
        if (openError != null) {
            Messages messages = Messages.of(new LocalPreferences(dataFolder).language());
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.get(openError.messageKey(), dataFolder));
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("error.db.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new AppWindow(stage, services,
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (ownsServices && services != null) {
            services.close();
        }
    }
}
