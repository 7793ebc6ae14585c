package vn.danvan.desk.listimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Random damage to a list file, reproducible from a seed: bytes flipped, inserted, deleted or duplicated, the file
 * truncated; for a workbook, the same done inside one of its XML parts before it is packed again (else nearly every
 * case would stop at the zip's checksum). Says what it did, for the failure message.
 */
final class ListFileMutator {

    private static final byte[] INTERESTING = ",;\"\r\n\t=+-@'<>&/\\\0\u00ff"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private final Random random;
    private final List<String> done = new ArrayList<>();

    ListFileMutator(long seed) {
        this.random = new Random(seed);
    }

    /** What the last {@link #mutate} did. */
    String description() {
        return String.join("; ", done);
    }

    /** {@code original} damaged; {@code parts}, a workbook's parts by name, or {@code null} for a text file. */
    byte[] mutate(byte[] original, Map<String, byte[]> parts) {
        done.clear();
        if (parts != null && random.nextInt(4) > 0) {
            return mutateInside(new LinkedHashMap<>(parts));
        }
        return mutateBytes(original, 1 + random.nextInt(4));
    }

    private byte[] mutateBytes(byte[] original, int times) {
        byte[] bytes = original;
        for (int t = 0; t < times; t++) {
            bytes = once(bytes);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] copy = bytes.clone();
                if (copy.length > 0) {
                    copy[at] ^= (byte) (1 << random.nextInt(8));
                }
                done.add("flip bit at " + at);
                return copy;
            }
            case 1 -> {
                done.add("truncate at " + at);
                return Arrays.copyOf(bytes, at);
            }
            case 2 -> {
                byte[] inserted = new byte[1 + random.nextInt(16)];
                for (int i = 0; i < inserted.length; i++) {
                    inserted[i] = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)]
                            : (byte) random.nextInt(256);
                }
                done.add("insert " + inserted.length + " bytes at " + at);
                return splice(bytes, at, 0, inserted);
            }
            case 3 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(64));
                done.add("delete " + length + " bytes at " + at);
                return splice(bytes, at, length, new byte[0]);
            }
            case 4 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(256));
                byte[] slice = Arrays.copyOfRange(bytes, at, at + length);
                int to = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                done.add("copy " + length + " bytes from " + at + " to " + to);
                return splice(bytes, to, 0, slice);
            }
            default -> {
                byte[] copy = bytes.clone();
                if (copy.length > 0) {
                    copy[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                }
                done.add("set byte at " + at + " to a delimiter, quote or markup character");
                return copy;
            }
        }
    }

    /** The parts of a workbook by name, in the order of its directory. */
    static Map<String, byte[]> parts(java.nio.file.Path workbook) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    /** One XML part of the workbook damaged, the package written again with correct checksums. */
    private byte[] mutateInside(Map<String, byte[]> parts) {
        List<String> names = parts.keySet().stream().filter(n -> n.startsWith("xl/") && n.endsWith(".xml")).toList();
        String chosen = names.get(random.nextInt(names.size()));
        parts.put(chosen, mutateBytes(parts.get(chosen), 1 + random.nextInt(3)));
        done.replaceAll(step -> chosen + ": " + step);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
