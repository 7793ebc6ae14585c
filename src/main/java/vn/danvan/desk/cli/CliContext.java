package vn.danvan.desk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.db.DataLocation;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.settings.LocalPreferences;

/** What a command needs: the chosen data folder, the open services, the output streams and the messages. */
final class CliContext implements AutoCloseable {

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private Path dbOption;
    private AppServices services;

    CliContext(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    void setDbOption(Path dbOption) {
        this.dbOption = dbOption;
    }

    Path dataFolder() {
        return DataLocation.resolve(Optional.ofNullable(dbOption), environment, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** The services over the chosen database, opened (and migrated) on first use. */
    AppServices services() throws DatabaseOpenException {
        if (services == null) {
            services = AppServices.open(dataFolder());
        }
        return services;
    }

    /** The messages in the language chosen for this data folder (Vietnamese unless set otherwise). */
    Messages messages() {
        return Messages.of(new LocalPreferences(dataFolder()).language());
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
