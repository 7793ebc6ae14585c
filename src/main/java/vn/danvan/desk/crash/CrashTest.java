package vn.danvan.desk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.db.DatabaseOpenException;

/**
 * Kills a writer process with SIGKILL at random moments, again and again on the same database, and after each kill
 * opens the database and checks that every transaction the writer reported committed is there and that nothing is
 * half-written (see {@link CrashCheck}). The first run and every fifth are killed during start-up (the first one
 * while the database is created, migrated and set up), the others while writing; on the first writing run and every
 * tenth a second opening of the database, while the writer holds it, must be refused.
 */
public final class CrashTest {

    /** Where, how many times, the seed of the random moments and the longest wait after the writer is ready. */
    public record Options(Path folder, int runs, long seed, long writeWindowMillis) {
    }

    /** When a run's writer was killed. */
    public enum Moment {
        START_UP, WRITING
    }

    /** One kill and what the check found after it; {@code errors} are failures of the test itself. */
    public record Run(int number, Moment moment, long killedAfterMillis, int committed, List<String> lost,
                      List<String> damaged, List<String> errors) {
    }

    /** All runs: {@code lost} and {@code damaged} count the problems found, which must be none. */
    public record Result(int runs, long committed, int lost, int damaged, int errors, Duration elapsed) {
        public boolean passed() {
            return lost == 0 && damaged == 0 && errors == 0;
        }
    }

    /** Marks a folder made for the crash test; the writer refuses any other, so it never writes an office's data. */
    public static final String MARKER = "crash-test.txt";
    private static final Logger LOG = LoggerFactory.getLogger(CrashTest.class);
    private static final long READY_GUARD_SECONDS = 300;
    private static final long FIRST_START_UP_GUESS_MILLIS = 4000;

    private final Options options;
    private final Random random;
    private final CrashLedger ledger = new CrashLedger();
    private long startUpMillis = FIRST_START_UP_GUESS_MILLIS;
    private int petitions;
    private int events;

    public CrashTest(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
    }

    public Result run(Consumer<Run> progress) throws IOException, InterruptedException {
        long started = System.nanoTime();
        markAsTestFolder(options.folder());
        int lost = 0;
        int damaged = 0;
        int errors = 0;
        boolean secondOpenTried = false;
        for (int number = 1; number <= options.runs(); number++) {
            Moment moment = number == 1 || number % 5 == 0 ? Moment.START_UP : Moment.WRITING;
            boolean trySecondOpen = moment == Moment.WRITING && (!secondOpenTried || number % 10 == 1);
            secondOpenTried |= trySecondOpen;
            Run run = runOnce(number, moment, trySecondOpen);
            lost += run.lost().size();
            damaged += run.damaged().size();
            errors += run.errors().size();
            progress.accept(run);
        }
        return new Result(options.runs(), ledger.committed(), lost, damaged, errors,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Run runOnce(int number, Moment moment, boolean trySecondOpen) throws IOException, InterruptedException {
        List<String> errors = new ArrayList<>();
        ledger.startRun();
        Path scratch = Files.createTempDirectory("crash-writer");
        long started = System.nanoTime();
        WriterProcess writer = WriterProcess.start(options.folder(), random.nextLong(), OptionalLong.empty(), ledger,
                scratch);
        if (moment == Moment.START_UP) {
            Thread.sleep(random.nextLong(Math.max(1, startUpMillis)));
        } else if (writer.awaitReady(READY_GUARD_SECONDS * 1000)) {
            startUpMillis = (System.nanoTime() - started) / 1_000_000;
            if (trySecondOpen) {
                secondOpenRefused(errors);
            }
            Thread.sleep(random.nextLong(Math.max(1, options.writeWindowMillis())));
        } else {
            errors.add("the writer was not ready: " + writer.errors().strip());
        }
        long killedAfter = (System.nanoTime() - started) / 1_000_000;
        int exit = writer.kill();
        if (exit != WriterProcess.KILLED) {
            errors.add("the writer ended by itself with exit value " + exit + ": " + writer.errors().strip());
        }
        try (var files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
        List<String> lost = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        try (AppServices services = CrashServices.open(options.folder())) {
            CrashCheck.Findings findings = new CrashCheck(services).check(ledger, petitions, events);
            lost.addAll(findings.lost());
            damaged.addAll(findings.damaged());
            petitions = Math.max(petitions, findings.petitions());
            events = Math.max(events, findings.events());
        } catch (DatabaseOpenException e) {
            LOG.error("Run {}: the database does not open after the kill", number, e);
            damaged.add("the database does not open: " + e.reason() + " " + e.getMessage());
        }
        return new Run(number, moment, killedAfter, ledger.committedThisRun(), lost, damaged, errors);
    }

    /** Creates {@code folder} if needed and marks it as a crash-test folder. */
    public static void markAsTestFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(MARKER), "Sổ Dân Vận crash test database: test data only.\n");
    }

    /** Whether {@code folder} was made for the crash test. */
    public static boolean isTestFolder(Path folder) {
        return Files.exists(folder.resolve(MARKER));
    }

    /** While the writer holds the database, a second program must be refused as "in use", and write nothing. */
    private void secondOpenRefused(List<String> errors) {
        try (AppServices second = CrashServices.open(options.folder())) {
            errors.add("a second program opened the database while the writer had it open");
        } catch (DatabaseOpenException e) {
            if (e.reason() != DatabaseOpenException.Reason.IN_USE) {
                errors.add("a second program was refused, but as " + e.reason() + ": " + e.getMessage());
            }
        }
    }
}
