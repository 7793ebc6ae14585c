package vn.danvan.desk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.crash.CrashTest;

/**
 * {@code crash-test [--runs N] [--db DIR] [--seed S] [--window-ms W]}: kills a writer process N times at random
 * moments on a test database and checks after each kill that nothing committed is lost and nothing is half-written.
 * Exit 0 when nothing was lost or damaged, 1 otherwise.
 */
@Command(name = "crash-test", mixinStandardHelpOptions = true,
        description = "Kill a writing process N times at random moments and check the database after each kill.")
final class CrashTestCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "How many kills (default: 50).")
    int runs;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Folder of the test database: new, empty or made by an earlier crash test "
                    + "(default: a new temporary folder).")
    Path db;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the kill moments (default: the clock).")
    Long seed;

    @Option(names = "--window-ms", paramLabel = "W", defaultValue = "1500",
            description = "Longest wait, in ms, between the writer being ready and the kill (default: 1500).")
    long windowMillis;

    CrashTestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new UserException("cli.crash.runs");
        }
        Path folder = db != null ? db.toAbsolutePath() : Files.createTempDirectory("danvan-crash-test");
        checkFolder(folder);
        long chosenSeed = seed != null ? seed : System.currentTimeMillis();
        var messages = context.messages();
        var out = context.out();
        out.println(messages.get("cli.crash.start", runs, folder, Long.toString(chosenSeed)));
        out.flush();
        CrashTest.Result result = new CrashTest(new CrashTest.Options(folder, runs, chosenSeed, windowMillis))
                .run(run -> {
                    out.println(messages.get("cli.crash.run", run.number(), runs,
                            messages.get("cli.crash.moment." + run.moment().name().toLowerCase(Locale.ROOT)),
                            run.killedAfterMillis(), run.committed(), run.lost().size(), run.damaged().size()));
                    Stream.of(run.lost(), run.damaged(), run.errors()).flatMap(List::stream)
                            .forEach(problem -> out.println("  ! " + problem));
                    out.flush();
                });
        out.println(messages.get("cli.crash.done", result.runs(), result.committed(), result.lost(),
                result.damaged(), result.errors(), result.elapsed().toSeconds()));
        return result.passed() ? CommandLineApp.OK : CommandLineApp.FAILURE;
    }

    private static void checkFolder(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder) || CrashTest.isTestFolder(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            // the log of this very command may already be there
            if (entries.anyMatch(entry -> !entry.getFileName().toString().equals("logs"))) {
                throw new UserException("cli.crash.folderNotEmpty", folder);
            }
        }
    }
}
