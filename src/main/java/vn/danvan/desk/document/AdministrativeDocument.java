package vn.danvan.desk.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * An A4 administrative document in the layout of Decree 30/2020/NĐ-CP, written to a stream. Add its parts in
 * reading order: {@link #header}, {@link #title}, the body ({@link #add}, e.g. a table), {@link #signature}; then
 * {@link #close()}. Pages from the second on carry their number centred in the top margin, as the decree asks.
 * The stream is not closed: it belongs to the caller.
 *
 * <pre>{@code
 * try (var doc = AdministrativeDocument.open(out, Orientation.LANDSCAPE, DocumentFonts.load())) {
 *     doc.header(Issuer.of("UBND xã Tân Lập"), PlaceDate.line("Tân Lập", today));
 *     doc.title("DANH SÁCH ĐƠN THƯ THÁNG 10/2026", "(Từ ngày 01/10/2026 đến ngày 31/10/2026)");
 *     doc.add(table);
 *     doc.signature(Signer.of("Chủ tịch UBND xã", "Trần Thị Bình"), List.of("UBND tỉnh Phú Thọ;", "Lưu: VT."));
 * }
 * }</pre>
 */
public final class AdministrativeDocument implements AutoCloseable {

    /** Portrait for letters and minutes, landscape for wide lists. */
    public enum Orientation { PORTRAIT, LANDSCAPE }

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final float MM = 72f / 25.4f;
    /** Height left blank for the handwritten signature and the seal. */
    private static final float SIGNATURE_SPACE = 62f;

    private final Document document;
    private final PdfWriter writer;
    private final DocumentFonts fonts;

    private AdministrativeDocument(Document document, PdfWriter writer, DocumentFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
    }

    /** Starts a document on {@code out}. Margins (mm): portrait 20/20/30/15, landscape 20/15/20/15 (top/bottom/left/right). */
    public static AdministrativeDocument open(OutputStream out, Orientation orientation, DocumentFonts fonts) {
        Rectangle page = orientation == Orientation.LANDSCAPE ? PageSize.A4.rotate() : PageSize.A4;
        Document document = orientation == Orientation.LANDSCAPE
                ? new Document(page, 20 * MM, 15 * MM, 20 * MM, 15 * MM)
                : new Document(page, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageNumbers(fonts));
        document.addCreator("Sổ Dân Vận");
        document.open();
        return new AdministrativeDocument(document, writer, fonts);
    }

    public DocumentFonts fonts() {
        return fonts;
    }

    /** The width between the margins, in points: the full width of a table at 100 %. */
    public float textWidth() {
        return document.right() - document.left();
    }

    /** Issuer top left, national motto top right, the place-and-date line under the motto. */
    public AdministrativeDocument header(Issuer issuer, String placeDateLine) {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        PdfPCell left = cell();
        if (issuer.governingBody() != null) {
            left.addElement(centred(upper(issuer.governingBody()), fonts.regular(12)));
        }
        left.addElement(centred(upper(issuer.name()), fonts.bold(12)));
        left.addElement(rule(35));
        PdfPCell right = cell();
        right.addElement(centred(NationalMotto.NATION, fonts.bold(12)));
        Chunk motto = new Chunk(NationalMotto.MOTTO, fonts.bold(13));
        motto.setUnderline(0.6f, -2.5f);
        Paragraph mottoLine = new Paragraph(motto);
        mottoLine.setAlignment(Element.ALIGN_CENTER);
        right.addElement(mottoLine);
        Paragraph when = centred(placeDateLine, fonts.italic(13));
        when.setSpacingBefore(8);
        right.addElement(when);
        table.addCell(left);
        table.addCell(right);
        return add(table);
    }

    /** The document's title (bold capitals) and the lines under it (italic). */
    public AdministrativeDocument title(String title, String... subtitles) {
        Paragraph heading = centred(upper(title), fonts.bold(14));
        heading.setSpacingBefore(14);
        add(heading);
        for (String line : subtitles) {
            add(centred(line, fonts.italic(13)));
        }
        Paragraph gap = new Paragraph(" ", fonts.regular(6));
        return add(gap);
    }

    /** Adds a body element: a table, a paragraph. A table left incomplete may be added again as it grows. */
    public AdministrativeDocument add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot add to the document", e);
        }
        return this;
    }

    /**
     * "Nơi nhận" bottom left (each recipient on its line after a dash, as given, e.g. "UBND tỉnh Phú Thọ;", "Lưu: VT.")
     * and the signer bottom right; kept together on one page.
     */
    public AdministrativeDocument signature(Signer signer, List<String> recipients) {
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setKeepTogether(true);
        PdfPCell left = cell();
        if (!recipients.isEmpty()) {
            left.addElement(new Paragraph("Nơi nhận:", fonts.boldItalic(12)));
            for (String recipient : recipients) {
                left.addElement(new Paragraph("- " + recipient, fonts.regular(11)));
            }
        }
        PdfPCell right = cell();
        if (signer.capacity() != null) {
            right.addElement(centred(upper(signer.capacity()), fonts.bold(13)));
        }
        right.addElement(centred(signer.title() == null ? " " : upper(signer.title()), fonts.bold(13)));
        Paragraph name = centred(signer.name() == null ? " " : signer.name(), fonts.bold(13));
        name.setSpacingBefore(SIGNATURE_SPACE);
        right.addElement(name);
        table.addCell(left);
        table.addCell(right);
        return add(table);
    }

    /** The number of the page being written (1 for the first). */
    public int pageNumber() {
        return writer.getPageNumber();
    }

    @Override
    public void close() {
        document.close();
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static Paragraph centred(String text, com.lowagie.text.Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private Paragraph rule(float percent) {
        Chunk separator = new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0));
        separator.setFont(fonts.regular(6)); // not the built-in Helvetica, which would be embedded for nothing
        Paragraph line = new Paragraph(separator);
        line.setLeading(6);
        return line;
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** The page number centred in the top margin, from the second page on (Decree 30, Appendix I). */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final DocumentFonts fonts;

        PageNumbers(DocumentFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            Rectangle size = document.getPageSize();
            float x = (document.left() + document.right()) / 2;
            float y = size.getHeight() - document.topMargin() / 2 - 4;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(Integer.toString(page), fonts.regular(13)), x, y, 0);
        }
    }
}
