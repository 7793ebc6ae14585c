package vn.danvan.desk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a file or folder read-only for this process, and back. Permission bits do not stop root: as root the
 * immutable attribute ({@code chattr +i}) is used instead, which stops root too. Aborts the test where neither works.
 */
final class ReadOnlyPaths implements AutoCloseable {

    private final Path path;
    private final Set<PosixFilePermission> before;
    private boolean immutable;

    private ReadOnlyPaths(Path path) throws IOException {
        this.path = path;
        this.before = Files.getPosixFilePermissions(path);
    }

    static ReadOnlyPaths make(Path path) throws IOException, InterruptedException {
        ReadOnlyPaths readOnly = new ReadOnlyPaths(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        if (Files.isWritable(path)) {
            readOnly.immutable = chattr("+i", path);
        }
        if (Files.isWritable(path)) {
            readOnly.close();
            Assumptions.abort("cannot make " + path + " read-only here");
        }
        return readOnly;
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            try {
                chattr("-i", path);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.setPosixFilePermissions(path, before);
    }
}
