package vn.danvan.desk.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.document.AdministrativeDocument;
import vn.danvan.desk.document.DocumentFonts;
import vn.danvan.desk.document.Issuer;
import vn.danvan.desk.document.Signer;

/**
 * The list as an A4 landscape administrative document (OpenPDF): issuer and motto, place and date, title, the table
 * with its header and column numbers repeated on every page, the totals line, recipients and signer. The table is
 * handed to the document every {@link #STEP} rows, so a long list never sits whole in memory.
 */
final class MonthlyListPdfWriter implements MonthlyListWriter {

    private static final float BODY = 7.5f;
    private static final Color HEADER_FILL = new Color(0xDD, 0xEB, 0xF7);

    private final MonthlyListCells cells;
    private final Supplier<DocumentFonts> fonts;

    MonthlyListPdfWriter(MonthlyListCells cells, Supplier<DocumentFonts> fonts) {
        this.cells = cells;
        this.fonts = fonts;
    }

    @Override
    public void write(MonthlyList list, OutputStream out, ProgressMonitor monitor) throws IOException {
        DocumentFonts family = fonts.get();
        Font body = family.regular(BODY);
        String month = String.format(Locale.ROOT, "%02d/%d", list.month().getMonthValue(), list.month().getYear());
        try (AdministrativeDocument doc = AdministrativeDocument.open(out, AdministrativeDocument.Orientation.LANDSCAPE,
                family)) {
            doc.header(Issuer.of(list.office().name()), cells.placeDate(list));
            List<String> subtitles = new ArrayList<>();
            subtitles.add(cells.label("report.period", VietnameseFormats.date(
                    list.month().atDay(1)), VietnameseFormats.date(list.month().atEndOfMonth())));
            if (list.identitiesShown()) {
                subtitles.add(cells.label("report.identitiesShown"));
            }
            doc.title(cells.label("report.title", month), subtitles.toArray(String[]::new));
            PdfPTable table = table(family);
            List<MonthlyListRow> rows = list.rows();
            for (int i = 0; i < rows.size(); i++) {
                for (MonthlyListColumn column : MonthlyListColumn.values()) {
                    table.addCell(cell(cells.text(column, i + 1, rows.get(i)), body, align(column)));
                }
                if ((i + 1) % STEP == 0) {
                    monitor.checkCancelled();
                    doc.add(table);
                    monitor.progress(i + 1, rows.size());
                }
            }
            totals(table, list, family);
            table.setComplete(true);
            doc.add(table);
            doc.signature(Signer.of(list.office().headTitle(), list.office().headName()), recipients(list));
        }
        monitor.progress(list.rows().size(), list.rows().size());
    }

    private PdfPTable table(DocumentFonts family) {
        float[] widths = new float[MonthlyListColumn.values().length];
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            widths[column.ordinal()] = column.pdfWidth();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setComplete(false);
        table.setHeaderRows(2);
        Font head = family.bold(BODY);
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            PdfPCell cell = cell(cells.header(column), head, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        Font numbers = family.italic(BODY - 0.5f);
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            table.addCell(cell("(" + (column.ordinal() + 1) + ")", numbers, Element.ALIGN_CENTER));
        }
        return table;
    }

    private void totals(PdfPTable table, MonthlyList list, DocumentFonts family) {
        Font bold = family.bold(BODY + 0.5f);
        PdfPCell total = cell(cells.label("report.total", list.rows().size()), bold, Element.ALIGN_LEFT);
        total.setColspan(MonthlyListColumn.PEOPLE.ordinal());
        table.addCell(total);
        table.addCell(cell(Integer.toString(list.people()), bold, Element.ALIGN_CENTER));
        PdfPCell breakdown = cell(cells.breakdown(list), family.regular(BODY + 0.5f),
                Element.ALIGN_LEFT);
        breakdown.setColspan(MonthlyListColumn.values().length - MonthlyListColumn.PEOPLE.ordinal() - 1);
        table.addCell(breakdown);
    }

    private List<String> recipients(MonthlyList list) {
        List<String> recipients = new ArrayList<>();
        if (list.office().higherLevelName() != null && !list.office().higherLevelName().isBlank()) {
            recipients.add(list.office().higherLevelName().strip() + ";");
        }
        recipients.add(cells.label("report.recipient.archive"));
        return recipients;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        cell.setPaddingTop(1.5f);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static int align(MonthlyListColumn column) {
        return column.number() || column.date() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
    }
}
