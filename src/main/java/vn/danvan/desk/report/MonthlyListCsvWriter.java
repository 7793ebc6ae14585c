package vn.danvan.desk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.danvan.desk.common.ProgressMonitor;

/**
 * The list as CSV: UTF-8 with a byte-order mark (so that Excel reads the Vietnamese letters), RFC 4180 (comma,
 * double quotes where needed, CRLF), the header row then one row per petition, the same columns and texts as the
 * other formats; dates dd/MM/yyyy. No title or totals: the file is data, also the import format.
 */
final class MonthlyListCsvWriter implements MonthlyListWriter {

    static final char BOM = '\uFEFF';
    private final MonthlyListCells cells;

    MonthlyListCsvWriter(MonthlyListCells cells) {
        this.cells = cells;
    }

    @Override
    public void write(MonthlyList list, OutputStream out, ProgressMonitor monitor) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<String> values = new ArrayList<>();
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            values.add(cells.header(column));
        }
        printer.printRecord(values);
        List<MonthlyListRow> rows = list.rows();
        for (int i = 0; i < rows.size(); i++) {
            values.clear();
            for (MonthlyListColumn column : MonthlyListColumn.values()) {
                values.add(SpreadsheetText.guard(cells.text(column, i + 1, rows.get(i))));
            }
            printer.printRecord(values);
            if ((i + 1) % STEP == 0) {
                monitor.checkCancelled();
                monitor.progress(i + 1, rows.size());
            }
        }
        printer.flush();
        monitor.progress(rows.size(), rows.size());
    }
}
