package vn.danvan.desk.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The writer in its own JVM, started from the same class path as this one ({@code crash-writer}, a hidden command of
 * the app), its output read line by line into the ledger. {@link #kill()} sends SIGKILL: the JVM gets no chance to
 * close anything, as with a power cut of the process (not of the machine: what the kernel already holds is kept).
 */
final class WriterProcess {

    /** Exit value of a process killed by SIGKILL (128 + 9). */
    static final int KILLED = 137;
    private static final String MAIN = "vn.danvan.desk.Launcher";

    private final Process process;
    private final Thread reader;
    private final Path stderr;

    private WriterProcess(Process process, Thread reader, Path stderr) {
        this.process = process;
        this.reader = reader;
        this.stderr = stderr;
    }

    /**
     * Starts a writer on {@code folder}. With {@code fileSizeLimitKb}, the process runs under {@code ulimit -f}: no
     * file may grow beyond that size, so a growing database meets a write error as on a full disk.
     */
    static WriterProcess start(Path folder, long seed, OptionalLong fileSizeLimitKb, CrashLedger ledger, Path stderr)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (fileSizeLimitKb.isPresent()) {
            command.addAll(List.of("bash", "-c", "ulimit -f \"$1\" && shift && exec \"$@\"", "bash",
                    Long.toString(fileSizeLimitKb.getAsLong())));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", classPath(), MAIN, "crash-writer", "--db", folder.toAbsolutePath().toString(),
                "--seed", Long.toString(seed)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().remove("DANVAN_DB");
        Process process = builder.start();
        Thread reader = new Thread(() -> read(process, ledger), "crash-writer-output");
        reader.setDaemon(true);
        reader.start();
        return new WriterProcess(process, reader, stderr);
    }

    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static void read(Process process, CrashLedger ledger) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                WriterLine.parse(line).ifPresent(ledger::accept);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits for the process to be gone and for its last lines to be read; the exit value. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    /** Waits for the process to end by itself and for its last lines to be read; the exit value. */
    int awaitExit() throws InterruptedException {
        int exit = process.waitFor();
        reader.join();
        return exit;
    }

    /** Waits at most {@code seconds} for the process to end by itself; whether it did. */
    boolean awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** What the process wrote on its error stream. */
    String errors() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
