package vn.danvan.desk.dialogue.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.danvan.desk.common.UserException;

/**
 * Reads a dialogue file into rows with their line numbers: UTF-8 with or without a byte-order mark, RFC 4180
 * quoting (a quoted cell may hold commas, quotes doubled, and line breaks), the delimiter a comma or, as Excel writes
 * it where the comma is the decimal mark, a semicolon: whichever comes first on the first line. Blank lines are kept,
 * since one separates the session block from the opinions table.
 */
final class DialogueCsvReader {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final char BOM = '\uFEFF';
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");

    private DialogueCsvReader() {
    }

    static List<CsvRow> read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserException("dialogue.import.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserException("dialogue.import.unreadable", file.toString());
        }
        return parse(decode(bytes));
    }

    static List<CsvRow> parse(String text) {
        String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(content))
                .setIgnoreEmptyLines(false)
                .get();
        List<CsvRow> rows = new ArrayList<>();
        long linesBefore = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // an unmatched quote: the record starting on the next line never ends properly
                    throw new DialogueImportException(List.of(
                            LineProblem.at((int) linesBefore + 1, null, "dialogue.import.badQuotes")));
                }
                rows.add(new CsvRow((int) linesBefore + 1, record.stream().map(DialogueCsvReader::text).toList()));
                linesBefore = parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A cell as stored: NFC whatever the editor wrote (macOS may write NFD), line breaks as {@code \n}. */
    private static String text(String cell) {
        return LINE_BREAK.matcher(Normalizer.normalize(cell, Normalizer.Form.NFC)).replaceAll("\n");
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserException("dialogue.import.notUtf8");
        }
    }

    /** A comma, unless a semicolon comes before any comma on the first line. */
    static char delimiter(String content) {
        int end = content.indexOf('\n');
        String first = end < 0 ? content : content.substring(0, end);
        int comma = first.indexOf(',');
        int semicolon = first.indexOf(';');
        return semicolon >= 0 && (comma < 0 || semicolon < comma) ? ';' : ',';
    }
}
