package vn.danvan.desk;

import java.nio.file.Path;
import javafx.application.Application;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.db.DataLocation;

/**
 * The JavaFX application. {@link #init()} finds the data folder; {@link #start(Stage)} hands the window to
 * {@link AppWindow}, whose login (or first set-up) unlocks and opens the encrypted database in the background.
 * No logic of its own.
 */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    /** Set only by tests that hand over open services. */
    private AppServices services;
    private Startup startup;
    private Path dataFolder;
    private AppWindow window;

    public App() {
    }

    /** For tests: the real start-up (set-up or login unlocks the data) with test costs, on a given folder. */
    App(Startup startup) {
        this.startup = startup;
    }

    /** For tests: a window over services that the caller opened and will close. */
    App(AppServices services) {
        this.services = services;
    }

    @Override
    public void init() {
        if (startup != null) {
            dataFolder = startup.folder();
            return;
        }
        if (services != null) {
            dataFolder = services.database().directory();
            return;
        }
        dataFolder = DataLocation.resolve(Launcher.dbOption(getParameters().getRaw().toArray(String[]::new)));
        startup = Startup.of(dataFolder);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught error on the FX thread", error);
            if (window != null) {
                window.dialogs().showFailure(error);
            }
        });
        Consumer<Path> openFolder = folder -> getHostServices().showDocument(folder.toUri().toString());
        window = startup != null ? new AppWindow(stage, startup, openFolder)
                : new AppWindow(stage, services, openFolder);
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
