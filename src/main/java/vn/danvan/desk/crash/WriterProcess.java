package vn.danvan.desk.crash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
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
    private static final long POLL_MILLIS = 20;

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final CrashLedger ledger;
    private long readUpTo;

    private WriterProcess(Process process, Path stdout, Path stderr, CrashLedger ledger) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.ledger = ledger;
    }

    /**
     * Starts a writer on {@code folder}, its output going to files in {@code scratch}. With {@code fileSizeLimitKb},
     * the process runs under {@code ulimit -f}: no file may grow beyond that size, so a growing database meets a
     * write error as on a full disk.
     */
    static WriterProcess start(Path folder, long seed, OptionalLong fileSizeLimitKb, CrashLedger ledger, Path scratch)
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
        // the output goes to a file, not a pipe: every line the writer wrote before the kill is in the file
        // (the kernel holds it), and nothing races with the JDK closing a dead process's pipe
        Path stdout = scratch.resolve("crash-writer-out.txt");
        Path stderr = scratch.resolve("crash-writer-err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().remove("DANVAN_DB");
        return new WriterProcess(builder.start(), stdout, stderr, ledger);
    }

    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /** Feeds the ledger the whole lines written since the last call. */
    private void readNewLines() throws IOException {
        byte[] written;
        try (SeekableByteChannel channel = Files.newByteChannel(stdout)) {
            long size = channel.size();
            if (size <= readUpTo) {
                return;
            }
            channel.position(readUpTo);
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - readUpTo));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read it all
            }
            written = Arrays.copyOf(buffer.array(), buffer.position());
        }
        int lastNewLine = -1;
        for (int i = written.length - 1; i >= 0; i--) {
            if (written[i] == '\n') {
                lastNewLine = i;
                break;
            }
        }
        if (lastNewLine < 0) {
            return;
        }
        readUpTo += lastNewLine + 1;
        new String(written, 0, lastNewLine, StandardCharsets.UTF_8).lines()
                .forEach(line -> WriterLine.parse(line).ifPresent(ledger::accept));
    }

    /** Waits until the writer says it is ready, it ends, or {@code millis} pass; whether it is ready. */
    boolean awaitReady(long millis) throws IOException, InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (true) {
            boolean alive = process.isAlive();
            readNewLines();
            if (ledger.ready() || !alive || System.nanoTime() > end) {
                return ledger.ready();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** SIGKILL, then waits for the process to be gone and reads its last lines; the exit value. */
    int kill() throws IOException, InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    /** Waits for the process to end by itself and reads its last lines; the exit value. */
    int awaitExit() throws IOException, InterruptedException {
        int exit = process.waitFor();
        readNewLines();
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
