package vn.danvan.desk.listimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.danvan.desk.common.UserException;

/**
 * Looks inside a workbook (a zip file) before the spreadsheet reader opens it, which would unpack a part whole into
 * memory: a part that unpacks to more than {@link #MAX_PART_BYTES}, or more than {@link #MAX_RATIO} times its packed
 * size (a "zip bomb"; real sheets pack 5–20 to one), is refused, and so are a directory of more than
 * {@link #MAX_PARTS} parts, a part named twice and a part named outside the package ({@code ../}, {@code /x},
 * {@code C:\x}). The sizes are counted while unpacking, not taken from the directory, which may lie; unpacking stops
 * at the first limit passed, so a bomb costs a few milliseconds.
 */
final class WorkbookArchiveCheck {

    static final int MAX_PARTS = 1000;
    static final long MAX_PART_BYTES = 512L << 20;
    static final long MAX_TOTAL_BYTES = 1L << 30;
    static final int MAX_RATIO = 100;
    /** Parts below this size are never refused for their ratio (a small XML of repeated tags packs very well). */
    static final long RATIO_FROM_BYTES = 1L << 20;

    private WorkbookArchiveCheck() {
    }

    /** Returns quietly for a sound package; else throws a {@link UserException} saying why it is refused. */
    static void check(Path file) {
        long fileSize;
        try {
            fileSize = Files.size(file);
        } catch (IOException e) {
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (names.size() >= MAX_PARTS || !names.add(entry.getName()) || outside(entry.getName())) {
                    throw new UserException("listimport.error.unreadable", file.getFileName());
                }
                long packed = Math.min(Math.max(entry.getCompressedSize(), 1), fileSize);
                total += unpackedSize(zip, entry, packed, MAX_TOTAL_BYTES - total, file);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException user) {
                throw user;
            }
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
    }

    /** Unpacks {@code entry} to nothing, counting; refuses it at the first limit passed. */
    private static long unpackedSize(ZipFile zip, ZipEntry entry, long packed, long totalLeft, Path file)
            throws IOException {
        long limit = Math.min(MAX_PART_BYTES, Math.min(totalLeft, Math.max(RATIO_FROM_BYTES, packed * MAX_RATIO)));
        long declared = entry.getSize();
        if (declared > limit) {
            throw bomb(file);
        }
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > limit) {
                    throw bomb(file);
                }
            }
        }
        return size;
    }

    private static UserException bomb(Path file) {
        return new UserException("listimport.error.zipBomb", file.getFileName(), MAX_RATIO, MAX_PART_BYTES >> 20);
    }

    /** Whether a part's name points outside the package: an absolute path, a drive, a {@code ..} step. */
    private static boolean outside(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.length() > 1 && path.charAt(1) == ':') {
            return true;
        }
        for (String step : path.split("/")) {
            if (step.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
