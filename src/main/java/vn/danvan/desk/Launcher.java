package vn.danvan.desk;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import vn.danvan.desk.cli.CommandLineApp;
import vn.danvan.desk.common.db.DataLocation;

/**
 * The plain {@code main}: with a command (or --help / --version) the command line runs; otherwise the window
 * opens. Not a JavaFX {@code Application}, so the jar also starts with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataFolder = DataLocation.resolve(dbOption(args));
        // before any logger exists: the log goes to the data folder of this run
        if (System.getProperty("danvan.log.dir") == null) {
            System.setProperty("danvan.log.dir", dataFolder.resolve("logs").toString());
        }
        if (CommandLineApp.wantsCommandLine(args)) {
            PrintWriter out = utf8(FileDescriptor.out);
            PrintWriter err = utf8(FileDescriptor.err);
            System.exit(CommandLineApp.run(args, System.getenv(), out, err));
        }
        Application.launch(App.class, args);
    }

    /** The value of {@code --db DIR} or {@code --db=DIR}, if given. */
    static Optional<Path> dbOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--db=")) {
                return Optional.of(Path.of(args[i].substring("--db=".length())));
            }
        }
        return Optional.empty();
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
