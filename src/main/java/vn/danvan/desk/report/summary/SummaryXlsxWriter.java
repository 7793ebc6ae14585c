package vn.danvan.desk.report.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.danvan.desk.document.NationalMotto;

/**
 * The summary as an Excel workbook (fastexcel): the title block (office, motto, place and date, title, dates), the
 * table with its header row frozen, section and group headings, counts as numbers and rates as percent cells, then
 * the signer. Prints on A4 portrait, one page wide.
 */
final class SummaryXlsxWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int LAST = 7;
    private static final int RIGHT_FROM = 3;
    static final int HEADER_ROW = 7;

    private final SummaryLines lines;

    SummaryXlsxWriter(SummaryLines lines) {
        this.lines = lines;
    }

    void write(PeriodSummary s, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "So Dan Van", "1.0");
        workbook.setGlobalDefaultFont("Times New Roman", 12);
        Worksheet sheet = workbook.newWorksheet(lines.text("summary.sheetName"));
        sheet.width(0, 6);
        sheet.width(1, 52);
        for (int c = 2; c <= LAST; c++) {
            sheet.width(c, 12);
        }
        sheet.pageOrientation("portrait");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.setFitToPage(true); // last: the fitTo* setters reset it
        sheet.repeatRows(HEADER_ROW);
        titleBlock(sheet, s);
        header(sheet);
        int r = HEADER_ROW + 1;
        for (SummaryLine line : lines.lines(s)) {
            line(sheet, r++, line);
        }
        signer(sheet, s, r + 1);
        workbook.finish();
    }

    private void titleBlock(Worksheet sheet, PeriodSummary s) {
        text(sheet, 0, 0, 2, s.office().name().toUpperCase(VI));
        sheet.range(0, 0, 0, 2).style().bold().horizontalAlignment("center").set();
        text(sheet, 0, RIGHT_FROM, LAST, NationalMotto.NATION);
        sheet.range(0, RIGHT_FROM, 0, LAST).style().bold().horizontalAlignment("center").set();
        text(sheet, 1, RIGHT_FROM, LAST, NationalMotto.MOTTO);
        sheet.range(1, RIGHT_FROM, 1, LAST).style().bold().underlined().horizontalAlignment("center").set();
        text(sheet, 2, RIGHT_FROM, LAST, lines.placeDate(s));
        sheet.range(2, RIGHT_FROM, 2, LAST).style().italic().horizontalAlignment("center").set();
        text(sheet, 3, 0, LAST, lines.title(s).toUpperCase(VI));
        sheet.range(3, 0, 3, LAST).style().bold().fontSize(14).horizontalAlignment("center").set();
        List<String> subtitles = lines.subtitles(s);
        for (int i = 0; i < subtitles.size(); i++) {
            text(sheet, 4 + i, 0, LAST, subtitles.get(i));
            sheet.range(4 + i, 0, 4 + i, LAST).style().italic().horizontalAlignment("center").set();
        }
    }

    private void header(Worksheet sheet) {
        List<String> headers = lines.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(HEADER_ROW, c, headers.get(c));
        }
        sheet.range(HEADER_ROW, 0, HEADER_ROW, LAST).style().bold().wrapText(true).horizontalAlignment("center")
                .verticalAlignment("center").fillColor("DDEBF7").borderStyle(BorderStyle.THIN).set();
        sheet.rowHeight(HEADER_ROW, 48);
        sheet.freezePane(0, HEADER_ROW + 1);
    }

    private static void line(Worksheet sheet, int r, SummaryLine line) {
        sheet.value(r, 0, line.number());
        sheet.value(r, 1, line.label());
        sheet.range(r, 0, r, LAST).style().borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("top")
                .set();
        switch (line.type()) {
            case SECTION -> sheet.range(r, 0, r, LAST).style().bold().fillColor("F2F2F2")
                    .borderStyle(BorderStyle.THIN).set();
            case GROUP -> sheet.range(r, 0, r, LAST).style().bold().italic().borderStyle(BorderStyle.THIN).set();
            case COUNT -> number(sheet, r, 2, line.count());
            case RATE -> {
                if (line.rate() != null) {
                    sheet.value(r, 2, line.rate());
                }
                sheet.style(r, 2).format("0.0%").horizontalAlignment("right").borderStyle(BorderStyle.THIN).set();
            }
            case TALLY -> {
                int[] values = line.tally().columns();
                for (int i = 0; i < values.length; i++) {
                    number(sheet, r, 2 + i, values[i]);
                }
            }
        }
        if (line.type() != SummaryLine.Type.SECTION && line.type() != SummaryLine.Type.GROUP
                && line.number().isEmpty()) {
            sheet.style(r, 1).indent(2).wrapText(true).borderStyle(BorderStyle.THIN).set();
        }
    }

    private static void number(Worksheet sheet, int r, int c, int value) {
        sheet.value(r, c, value);
        sheet.style(r, c).format("#,##0").horizontalAlignment("right").borderStyle(BorderStyle.THIN).set();
    }

    private void signer(Worksheet sheet, PeriodSummary s, int r) {
        String title = s.office().headTitle();
        text(sheet, r, RIGHT_FROM, LAST, title == null ? "" : title.toUpperCase(VI));
        sheet.range(r, RIGHT_FROM, r, LAST).style().bold().horizontalAlignment("center").set();
        String name = s.office().headName();
        text(sheet, r + 5, RIGHT_FROM, LAST, name == null ? "" : name);
        sheet.range(r + 5, RIGHT_FROM, r + 5, LAST).style().bold().horizontalAlignment("center").set();
    }

    private static void text(Worksheet sheet, int r, int from, int to, String value) {
        sheet.value(r, from, value);
        if (to > from) {
            sheet.range(r, from, r, to).merge();
        }
    }
}
