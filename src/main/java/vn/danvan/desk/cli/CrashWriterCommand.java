package vn.danvan.desk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.crash.CrashServices;
import vn.danvan.desk.crash.CrashTest;
import vn.danvan.desk.crash.CrashWriter;

/**
 * {@code crash-writer --db DIR [--seed S]}: the process that {@code crash-test} starts and kills. Hidden: it writes
 * test petitions as fast as it can until it is killed, and is of no use on an office's real database.
 */
@Command(name = "crash-writer", hidden = true,
        description = "Write test petitions until killed (started by crash-test).")
final class CrashWriterCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "Data folder of the test database.")
    Path db;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed.")
    long seed;

    @Option(names = "--operations", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
            description = "Stop after N transactions (default: never).")
    long operations;

    CrashWriterCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        context.setDbOption(db);
        if (!CrashTest.isTestFolder(db)) {
            throw new UserException("cli.crash.notTestFolder", db);
        }
        try (AppServices services = CrashServices.open(db)) {
            // raw standard output: one write per line, no buffering between the commit and the line
            new CrashWriter(services, new Random(seed), new FileOutputStream(FileDescriptor.out)).run(operations);
        }
        return CommandLineApp.OK;
    }
}
