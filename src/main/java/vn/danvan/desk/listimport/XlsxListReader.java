package vn.danvan.desk.listimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;

/**
 * The first sheet of a workbook, streamed row by row (fastexcel-reader): text cells as text (NFC), number cells as
 * numbers (a date is a number in Excel; the column says which), a formula by the value Excel saved with it. Rows are
 * numbered as the spreadsheet shows them. The total number of rows is not known before the end, so progress gives the
 * rows read with no total.
 */
final class XlsxListReader implements ListFileReader {

    @Override
    public boolean spreadsheet() {
        return true;
    }

    @Override
    public void read(Path file, RowSink sink, ProgressMonitor monitor) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            int read = 0;
            while (iterator.hasNext()) {
                Row row = iterator.next();
                if (!sink.accept(new SourceRow(row.getRowNum(), cells(row)))) {
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
            case NUMBER -> cell.asNumber();
            case EMPTY -> null;
            case STRING -> text(cell.asString());
            default -> text(cell.getText());
        };
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
