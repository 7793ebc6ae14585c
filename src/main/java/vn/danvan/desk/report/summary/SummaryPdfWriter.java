package vn.danvan.desk.report.summary;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.danvan.desk.document.AdministrativeDocument;
import vn.danvan.desk.document.DocumentFonts;
import vn.danvan.desk.document.Issuer;
import vn.danvan.desk.document.Signer;

/**
 * The summary as an A4 portrait administrative document (Decree 30 layout through {@link AdministrativeDocument}):
 * issuer and motto, place and date, title and dates, the table with its header repeated on every page, recipients
 * and the head's signature block. The font is embedded.
 */
final class SummaryPdfWriter {

    private static final float BODY = 10f;
    private static final float[] WIDTHS = {5, 41, 9, 9, 9, 9, 9, 9};
    private static final Color HEADER_FILL = new Color(0xDD, 0xEB, 0xF7);
    private static final Color SECTION_FILL = new Color(0xF2, 0xF2, 0xF2);

    private final SummaryLines lines;
    private final Supplier<DocumentFonts> fonts;

    SummaryPdfWriter(SummaryLines lines, Supplier<DocumentFonts> fonts) {
        this.lines = lines;
        this.fonts = fonts;
    }

    void write(PeriodSummary s, OutputStream out) {
        DocumentFonts family = fonts.get();
        try (AdministrativeDocument doc = AdministrativeDocument.open(out, AdministrativeDocument.Orientation.PORTRAIT,
                family)) {
            doc.header(Issuer.of(s.office().name()), lines.placeDate(s));
            doc.title(lines.title(s), lines.subtitles(s).toArray(String[]::new));
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font head = family.bold(BODY - 1);
            for (String header : lines.headers()) {
                PdfPCell cell = cell(header, head, Element.ALIGN_CENTER);
                cell.setBackgroundColor(HEADER_FILL);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(cell);
            }
            for (SummaryLine line : lines.lines(s)) {
                row(table, line, family);
            }
            doc.add(table);
            doc.signature(Signer.of(s.office().headTitle(), s.office().headName()), recipients(s));
        }
    }

    private void row(PdfPTable table, SummaryLine line, DocumentFonts family) {
        Font font = switch (line.type()) {
            case SECTION -> family.bold(BODY);
            case GROUP -> family.boldItalic(BODY);
            default -> family.regular(BODY);
        };
        table.addCell(cell(line.number(), font, Element.ALIGN_CENTER));
        PdfPCell label = cell(line.label(), font, Element.ALIGN_LEFT);
        if (!line.heading() && line.number().isEmpty()) {
            label.setIndent(10);
        }
        if (line.heading()) {
            label.setColspan(WIDTHS.length - 1);
            if (line.type() == SummaryLine.Type.SECTION) {
                label.setBackgroundColor(SECTION_FILL);
            }
            table.addCell(label);
            return;
        }
        table.addCell(label);
        List<String> values = new ArrayList<>();
        switch (line.type()) {
            case COUNT -> values.add(lines.count(line.count()));
            case RATE -> values.add(lines.percent(line.rate()));
            default -> {
                for (int value : line.tally().columns()) {
                    values.add(lines.count(value));
                }
            }
        }
        while (values.size() < WIDTHS.length - 2) {
            values.add("");
        }
        values.forEach(v -> table.addCell(cell(v, font, Element.ALIGN_RIGHT)));
    }

    private List<String> recipients(PeriodSummary s) {
        List<String> recipients = new ArrayList<>();
        String higher = s.office().higherLevelName();
        if (higher != null && !higher.isBlank()) {
            recipients.add(higher.strip() + ";");
        }
        recipients.add(lines.text("report.recipient.archive"));
        return recipients;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        cell.setBorderWidth(0.5f);
        return cell;
    }
}
