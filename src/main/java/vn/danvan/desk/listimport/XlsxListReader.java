package vn.danvan.desk.listimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;

/**
 * The first sheet of a workbook, streamed row by row (fastexcel-reader): text cells as text (NFC), number cells as
 * numbers (a date is a number in Excel; the column says which), a formula by the value Excel saved with it. Rows are
 * numbered as the spreadsheet shows them. The total number of rows is not known before the end, so progress gives the
 * rows read with no total. The package is checked first ({@link WorkbookArchiveCheck}): a zip bomb is refused
 * before anything is unpacked into memory.
 */
final class XlsxListReader implements ListFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxListReader.class);
    /** Above any exponent of an Excel number (a double: ±308, and 17 significant digits). */
    private static final int MAX_SCALE = 400;

    @Override
    public boolean spreadsheet() {
        return true;
    }

    @Override
    public void read(Path file, RowSink sink, ProgressMonitor monitor) {
        WorkbookArchiveCheck.check(file);
        try (ReadableWorkbook workbook = library(() -> open(file), file);
             Stream<Row> rows = library(() -> firstSheet(workbook), file)) {
            Iterator<Row> iterator = rows.iterator();
            int read = 0;
            while (library(iterator::hasNext, file)) {
                Row row = library(iterator::next, file);
                SourceRow source = library(() -> new SourceRow(row.getRowNum(), cells(row)), file);
                if (!sink.accept(source)) {
                    return;
                }
                if (++read % 1000 == 0) {
                    monitor.checkCancelled();
                    monitor.progress(read, 0);
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
    }

    /**
     * A step of the spreadsheet library: whatever it throws on a damaged workbook (an unchecked exception of its own
     * or of the JDK: a cell reference out of range, a shared string that is not there, broken XML) becomes the
     * refusal of a damaged file; the rows' own checks run outside, so their exceptions pass unchanged.
     */
    private static <T> T library(Supplier<T> step, Path file) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            LOG.debug("Cannot read the workbook {}", file, e);
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
    }

    private static ReadableWorkbook open(Path file) {
        try {
            return new ReadableWorkbook(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Row> firstSheet(ReadableWorkbook workbook) {
        try {
            return workbook.getFirstSheet().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(value(row.getCell(i)));
        }
        return cells;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case EMPTY -> null;
            case STRING -> text(cell.asString());
            default -> text(cell.getText());
        };
    }

    /**
     * A number cell; one whose exponent no spreadsheet number has ({@code 1E999999999}: a billion digits written out,
     * as a date or count check would write it) is kept as the text the file holds, which the row's checks refuse.
     */
    private static Object number(Cell cell) {
        BigDecimal number = cell.asNumber();
        return number == null || Math.abs((long) number.scale()) <= MAX_SCALE ? number : text(cell.getRawValue());
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        return ListValues.withoutControlCharacters(text);
    }
}
