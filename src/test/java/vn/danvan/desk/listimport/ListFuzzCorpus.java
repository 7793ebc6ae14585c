package vn.danvan.desk.listimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The malformed lists of {@code src/test/resources/fuzz/list} (hand-made, see its README), and those made at test
 * time because they are large or must point at a file of the test: a 2 MB cell, a million columns, a 20 MB line,
 * zip bombs, an external entity naming a secret file.
 */
final class ListFuzzCorpus {

    static final String HEADER = "\uFEFFSTT,Mã đơn,Ngày tiếp nhận,Người gửi,Số định danh,\"Thôn, tổ dân phố\","
            + "Loại đơn,Lĩnh vực,Nội dung tóm tắt,Trạng thái\r\n";
    static final String ROW_START = "1,,05/10/2026,Trần Văn Một,001080000001,Thôn Đông,Kiến nghị,Đất đai,";
    static final String ROW_END = ",Mới tiếp nhận\r\n";

    private ListFuzzCorpus() {
    }

    static Path folder() {
        try {
            return Path.of(ListFuzzCorpus.class.getResource("/fuzz/list").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) {
        return folder().resolve(name);
    }

    /** A good row whose summary is {@code size} characters of Vietnamese text in one cell. */
    static Path hugeCell(Path folder, int size) throws IOException {
        Path file = folder.resolve("huge-cell.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write(ROW_START);
            out.write('"');
            String words = "Đề nghị, \"làm\" đường ";
            for (int written = 0; written < size; written += words.length()) {
                out.write(words.replace("\"", "\"\""));
            }
            out.write('"');
            out.write(ROW_END);
        }
        return file;
    }

    /** The header followed by {@code count} more columns named like no column of the list. */
    static Path manyColumns(Path folder, int count) throws IOException {
        Path file = folder.resolve("many-columns.csv");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER.substring(0, HEADER.length() - 2));
            for (int i = 0; i < count; i++) {
                out.write(",c");
                out.write(Integer.toString(i));
            }
            out.write("\r\n");
            out.write(ROW_START + "Đề nghị làm đường" + ROW_END);
        }
        return file;
    }

    /** A good header, then a row of {@code count} cells. */
    static Path manyCells(Path folder, int count) throws IOException {
        Path file = folder.resolve("many-cells.csv");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER);
            out.write(ROW_START + "Đề nghị làm đường,Mới tiếp nhận");
            for (int i = 0; i < count; i++) {
                out.write(",x");
            }
            out.write("\r\n");
        }
        return file;
    }

    /** A good header, then one line of {@code size} bytes without a line break or delimiter. */
    static Path longLine(Path folder, int size) throws IOException {
        Path file = folder.resolve("long-line.csv");
        byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            for (int written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }

    /**
     * The minimal workbook of the corpus with {@code replaced} entries (name to content) written instead, and the
     * rest copied; a {@code null} content drops the entry.
     */
    static Path workbookWith(Path target, Map<String, byte[]> replaced) throws IOException {
        try (ZipFile source = new ZipFile(file("valid-minimal.xlsx").toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (replaced.containsKey(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : replaced.entrySet()) {
                if (entry.getValue() != null) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    /**
     * The minimal workbook whose shared strings are a zip bomb: a valid start, then {@code megabytes} MB of spaces
     * inside one string, compressed about a thousand to one.
     */
    static Path sharedStringsBomb(Path target, int megabytes) throws IOException {
        byte[] start = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><si><t>STT</t></si><si><t>").getBytes(StandardCharsets.UTF_8);
        byte[] end = "</t></si></sst>".getBytes(StandardCharsets.UTF_8);
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        workbookWith(target, Map.of("xl/sharedStrings.xml", new byte[0]));
        Path bomb = target.resolveSibling("bomb-" + target.getFileName());
        try (ZipFile source = new ZipFile(target.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry : List.copyOf(java.util.Collections.list(source.entries()))) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    out.write(start);
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(end);
                } else {
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.move(bomb, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** A bomb whose central directory lies: it declares the shared strings as 100 bytes (patched after writing). */
    static Path lyingBomb(Path target, int megabytes) throws IOException {
        sharedStringsBomb(target, megabytes);
        byte[] bytes = Files.readAllBytes(target);
        byte[] name = "xl/sharedStrings.xml".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 46 < bytes.length; i++) {
            // local header (PK 3 4, size at +22) and central directory header (PK 1 2, size at +24)
            boolean local = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4
                    && matches(bytes, i + 30, name);
            boolean central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2
                    && matches(bytes, i + 46, name);
            if (local || central) {
                int at = i + (local ? 22 : 24);
                bytes[at] = 100;
                bytes[at + 1] = 0;
                bytes[at + 2] = 0;
                bytes[at + 3] = 0;
            }
        }
        return Files.write(target, bytes);
    }

    private static boolean matches(byte[] bytes, int at, byte[] name) {
        if (at + name.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (bytes[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Shared strings whose last string is an external entity naming {@code secret}. */
    static Path externalEntity(Path target, Path secret) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + sharedStringItems() + "<si><t>&xxe;</t></si></sst>";
        return workbookWith(target, Map.of("xl/sharedStrings.xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sharedStringItems() throws IOException {
        try (ZipFile source = new ZipFile(file("valid-minimal.xlsx").toFile());
             InputStream in = source.getInputStream(source.getEntry("xl/sharedStrings.xml"))) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String items = xml.substring(xml.indexOf("<si>"), xml.lastIndexOf("</sst>"));
            // the summary (the last string) is replaced by the entity
            return items.substring(0, items.lastIndexOf("<si>"));
        }
    }
}
