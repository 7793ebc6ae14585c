package vn.danvan.desk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.document.NationalMotto;

/**
 * The list as an Excel workbook (fastexcel, streamed): a title block (office, motto, place and date, title, the
 * month's dates), the header row frozen with the first two columns, one row per petition with real Excel dates,
 * wrapped text and fitted widths, a totals line and the signer. Every text is a string cell, never a formula. Prints
 * on A4 landscape, one page wide, the header repeated on each page.
 */
final class MonthlyListXlsxWriter implements MonthlyListWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";
    private static final int LAST = MonthlyListColumn.values().length - 1;
    /** The right-hand block (motto, place and date, signer) spans these columns. */
    private static final int RIGHT_FROM = 12;
    static final int HEADER_ROW = 6;

    private final MonthlyListCells cells;

    MonthlyListXlsxWriter(MonthlyListCells cells) {
        this.cells = cells;
    }

    @Override
    public void write(MonthlyList list, OutputStream out, ProgressMonitor monitor) throws IOException {
        Workbook workbook = new Workbook(out, "So Dan Van", "1.0");
        workbook.setGlobalDefaultFont(FONT, 11);
        String month = String.format(Locale.ROOT, "%02d/%d", list.month().getMonthValue(), list.month().getYear());
        Worksheet sheet = workbook.newWorksheet(cells.label("report.sheetName", month.replace('/', '-')));
        List<MonthlyListRow> rows = list.rows();
        // the sheet's settings and column widths go out with its first rows: set them before any flush
        fitWidths(sheet, rows);
        page(sheet);
        titleBlock(sheet, list, month);
        header(sheet);
        for (int i = 0; i < rows.size(); i++) {
            int r = HEADER_ROW + 1 + i;
            for (MonthlyListColumn column : MonthlyListColumn.values()) {
                put(sheet, r, column, cells.value(column, i + 1, rows.get(i)));
            }
            if ((i + 1) % STEP == 0) {
                monitor.checkCancelled();
                sheet.flush();
                monitor.progress(i + 1, rows.size());
            }
        }
        int next = totals(sheet, list, HEADER_ROW + 1 + rows.size());
        signer(sheet, list, next + 1);
        workbook.finish();
        monitor.progress(rows.size(), rows.size());
    }

    /** Each column as wide as its longest text (or header word), within the column's bounds, in characters. */
    private void fitWidths(Worksheet sheet, List<MonthlyListRow> rows) {
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            int longest = longestWord(cells.header(column));
            for (int i = 0; i < rows.size() && longest < column.maxChars(); i++) {
                longest = Math.max(longest, cells.text(column, i + 1, rows.get(i)).length());
            }
            int chars = Math.max(column.minChars(), Math.min(column.maxChars(), longest));
            sheet.width(column.ordinal(), chars + 2);
        }
    }

    private void titleBlock(Worksheet sheet, MonthlyList list, String month) {
        text(sheet, 0, 0, 5, list.office().name().toUpperCase(VI));
        sheet.range(0, 0, 0, 5).style().bold().horizontalAlignment("center").set();
        text(sheet, 1, 0, 5, cells.label("report.xlsx.officeLine", cells.label(list.office().level().messageKey()),
                list.office().province()));
        sheet.range(1, 0, 1, 5).style().italic().horizontalAlignment("center").set();
        text(sheet, 0, RIGHT_FROM, LAST, NationalMotto.NATION);
        sheet.range(0, RIGHT_FROM, 0, LAST).style().bold().horizontalAlignment("center").set();
        text(sheet, 1, RIGHT_FROM, LAST, NationalMotto.MOTTO);
        sheet.range(1, RIGHT_FROM, 1, LAST).style().bold().underlined().horizontalAlignment("center").set();
        text(sheet, 2, RIGHT_FROM, LAST, cells.placeDate(list));
        sheet.range(2, RIGHT_FROM, 2, LAST).style().italic().horizontalAlignment("center").set();
        text(sheet, 3, 0, LAST, cells.label("report.title", month).toUpperCase(VI));
        sheet.range(3, 0, 3, LAST).style().bold().fontSize(14).horizontalAlignment("center").set();
        String period = cells.label("report.period", VietnameseFormats.date(list.month().atDay(1)),
                VietnameseFormats.date(list.month().atEndOfMonth()));
        text(sheet, 4, 0, LAST, list.identitiesShown() ? period + " " + cells.label("report.identitiesShown") : period);
        sheet.range(4, 0, 4, LAST).style().italic().horizontalAlignment("center").set();
    }

    private void header(Worksheet sheet) {
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            sheet.value(HEADER_ROW, column.ordinal(), cells.header(column));
        }
        sheet.range(HEADER_ROW, 0, HEADER_ROW, LAST).style().bold().wrapText(true).horizontalAlignment("center")
                .verticalAlignment("center").fillColor("DDEBF7").borderStyle(BorderStyle.THIN).set();
        sheet.rowHeight(HEADER_ROW, 32);
        sheet.freezePane(2, HEADER_ROW + 1);
    }

    private static void put(Worksheet sheet, int r, MonthlyListColumn column, Object value) {
        int c = column.ordinal();
        if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd/mm/yyyy").horizontalAlignment("center").verticalAlignment("top")
                    .borderStyle(BorderStyle.THIN).set();
        } else if (value instanceof Integer number) {
            sheet.value(r, c, number);
            sheet.style(r, c).horizontalAlignment("center").verticalAlignment("top").borderStyle(BorderStyle.THIN)
                    .set();
        } else {
            if (value != null) {
                sheet.value(r, c, value.toString()); // a string cell: shown as text, never run as a formula
            }
            sheet.style(r, c).wrapText(true).verticalAlignment("top").borderStyle(BorderStyle.THIN).set();
        }
    }

    private int totals(Worksheet sheet, MonthlyList list, int r) {
        text(sheet, r, 0, 6, cells.label("report.total", list.rows().size()));
        sheet.range(r, 0, r, 6).style().bold().borderStyle(BorderStyle.THIN).set();
        sheet.value(r, MonthlyListColumn.PEOPLE.ordinal(), list.people());
        sheet.style(r, MonthlyListColumn.PEOPLE.ordinal()).bold().horizontalAlignment("center")
                .borderStyle(BorderStyle.THIN).set();
        text(sheet, r, 8, LAST, cells.breakdown(list));
        sheet.range(r, 8, r, LAST).style().wrapText(true).borderStyle(BorderStyle.THIN).set();
        sheet.rowHeight(r, 30);
        return r + 1;
    }

    private void signer(Worksheet sheet, MonthlyList list, int r) {
        String title = list.office().headTitle();
        text(sheet, r, RIGHT_FROM, LAST, title == null ? "" : title.toUpperCase(VI));
        sheet.range(r, RIGHT_FROM, r, LAST).style().bold().horizontalAlignment("center").set();
        String name = list.office().headName();
        text(sheet, r + 5, RIGHT_FROM, LAST, name == null ? "" : name);
        sheet.range(r + 5, RIGHT_FROM, r + 5, LAST).style().bold().horizontalAlignment("center").set();
    }

    private static void page(Worksheet sheet) {
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.setFitToPage(true); // last: the fitTo* setters reset it
        sheet.repeatRows(HEADER_ROW);
        sheet.footer("Trang &P/&N", Position.CENTER);
    }

    private static void text(Worksheet sheet, int r, int from, int to, String value) {
        sheet.value(r, from, value);
        if (to > from) {
            sheet.range(r, from, r, to).merge();
        }
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
