package vn.danvan.desk.listimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import vn.danvan.desk.common.UserException;

/**
 * Looks inside a workbook (a zip file) before the spreadsheet reader opens it, which would unpack a part whole into
 * memory: a part that unpacks to more than {@link #MAX_PART_BYTES}, or more than {@link #MAX_RATIO} times its packed
 * size (a "zip bomb"; real sheets pack 5–20 to one), is refused, and so are a directory of more than
 * {@link #MAX_PARTS} parts, a part named twice and a part named outside the package ({@code ../}, {@code /x},
 * {@code C:\x}), and a sheet that refers to a shared string the table does not have ({@link SharedStringReferences}).
 * The sizes are counted while unpacking, not taken from the directory, which may lie; unpacking stops
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
            SharedStringReferences references = new SharedStringReferences();
            Set<String> names = new HashSet<>();
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (names.size() >= MAX_PARTS || !names.add(entry.getName()) || outside(entry.getName())) {
                    throw new UserException("listimport.error.unreadable", file.getFileName());
                }
                long packed = Math.min(Math.max(entry.getCompressedSize(), 1), fileSize);
                total += unpackedSize(zip, entry, packed, MAX_TOTAL_BYTES - total, file, references);
            }
            if (!references.consistent()) {
                throw new UserException("listimport.error.unreadable", file.getFileName());
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof UserException user) {
                throw user;
            }
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
    }

    /**
     * Unpacks {@code entry}, counting, to nothing or through {@code references} (sheets and shared strings); refuses
     * it at the first limit passed.
     */
    private static long unpackedSize(ZipFile zip, ZipEntry entry, long packed, long totalLeft, Path file,
                                     SharedStringReferences references) throws IOException, XMLStreamException {
        long limit = Math.min(MAX_PART_BYTES, Math.min(totalLeft, Math.max(RATIO_FROM_BYTES, packed * MAX_RATIO)));
        long declared = entry.getSize();
        if (declared > limit) {
            throw bomb(file);
        }
        try (CountingStream in = new CountingStream(zip.getInputStream(entry), limit, file)) {
            if (SharedStringReferences.reads(entry.getName())) {
                references.read(entry.getName(), in);
            }
            in.transferTo(OutputStream.nullOutputStream());
            return in.count;
        }
    }

    /** Counts the bytes unpacked and refuses the part past {@code limit}. */
    private static final class CountingStream extends FilterInputStream {

        private final long limit;
        private final Path file;
        private long count;

        CountingStream(InputStream in, long limit, Path file) {
            super(in);
            this.limit = limit;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            counted(Math.max(n, 0));
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw bomb(file);
            }
        }
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
