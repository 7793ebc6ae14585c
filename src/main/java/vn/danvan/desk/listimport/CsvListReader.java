package vn.danvan.desk.listimport;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.report.SpreadsheetText;

/**
 * A CSV list, streamed: UTF-8 with or without a byte-order mark, RFC 4180 (a quoted cell may hold the delimiter,
 * doubled quotes and line breaks), the delimiter a comma or, as Excel writes it with Vietnamese regional settings, a
 * semicolon (whichever comes first on the first line). Rows are numbered by the line they start on. A value the
 * export guarded against formulas ({@code '=1+1}) loses its apostrophe; cells are composed to NFC.
 */
final class CsvListReader implements ListFileReader {

    private static final int BUFFER = 1 << 16;
    private static final int FIRST_LINE_LIMIT = 1 << 20;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");

    @Override
    public boolean spreadsheet() {
        return false;
    }

    @Override
    public void read(Path file, RowSink sink, ProgressMonitor monitor) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
             BufferedReader reader = reader(counted)) {
            reader.mark(FIRST_LINE_LIMIT);
            char delimiter = delimiter(firstLine(reader));
            reader.reset();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            RowLengthLimit limited = new RowLengthLimit(reader);
            try (CSVParser parser = CSVParser.builder().setReader(limited).setFormat(format).get()) {
                stream(parser, limited, sink, monitor, counted, size);
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new UserException("listimport.error.notUtf8", file.getFileName());
            }
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
    }

    private static void stream(CSVParser parser, RowLengthLimit limited, RowSink sink, ProgressMonitor monitor,
                               CountingStream counted, long size) {
        Iterator<CSVRecord> records = parser.iterator();
        long linesBefore = 0;
        int rows = 0;
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (IllegalStateException e) {
                // an unmatched quote: the cell starting on this line never ends properly
                throw badQuotes(linesBefore);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof RowLengthLimit.RowTooLong) {
                    throw new ListImportException(List.of(RowProblem.of((int) linesBefore + 1, null,
                            "listimport.problem.rowTooLong", RowLengthLimit.MAX_CHARS)));
                }
                if (e.getCause() instanceof CSVException) {
                    // a quote opened and never closed before the end of the file (or text after a closing quote)
                    throw badQuotes(linesBefore);
                }
                throw e;
            }
            List<Object> cells = new ArrayList<>(record.size());
            for (String value : record) {
                cells.add(cell(value));
            }
            if (!sink.accept(new SourceRow((int) linesBefore + 1, cells))) {
                return;
            }
            linesBefore = parser.getCurrentLineNumber();
            limited.nextRow();
            if (++rows % 1000 == 0) {
                monitor.checkCancelled();
                monitor.progress(counted.count(), size);
            }
        }
    }

    private static ListImportException badQuotes(long linesBefore) {
        return new ListImportException(List.of(RowProblem.of((int) linesBefore + 1, null,
                "listimport.problem.badQuotes")));
    }

    /**
     * A cell as stored: NFC, line breaks as {@code \n}, invisible control characters gone, the export's formula guard
     * undone.
     */
    private static String cell(String value) {
        String text = Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        if (text.indexOf('\r') >= 0) {
            text = LINE_BREAK.matcher(text).replaceAll("\n");
        }
        return SpreadsheetText.unguard(ListValues.withoutControlCharacters(text));
    }

    /** A reader of the bytes after the byte-order mark, refusing bytes that are not UTF-8. */
    private static BufferedReader reader(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
            in.reset();
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), BUFFER);
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while (line.length() < FIRST_LINE_LIMIT - 1 && (c = reader.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }

    /** A comma, unless a semicolon comes before any comma on the first line. */
    static char delimiter(String firstLine) {
        int comma = firstLine.indexOf(',');
        int semicolon = firstLine.indexOf(';');
        return semicolon >= 0 && (comma < 0 || semicolon < comma) ? ';' : ',';
    }

    /** Counts the bytes read, for the progress of a file read through a buffer. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
