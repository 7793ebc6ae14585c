package vn.danvan.desk.listimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import vn.danvan.desk.common.Sha256;

/** What says a file is still the one checked: its path, size, time of change and SHA-256 (read in ~0.1 s). */
record FileFingerprint(Path path, long size, long modified, String sha256) {

    static FileFingerprint of(Path file) {
        try {
            Path path = file.toAbsolutePath().normalize();
            long size = Files.size(path);
            long modified = Files.getLastModifiedTime(path).toMillis();
            MessageDigest digest = Sha256.newDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new FileFingerprint(path, size, modified, Sha256.hex(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
