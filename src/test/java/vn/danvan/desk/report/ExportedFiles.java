package vn.danvan.desk.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads exported files back the way another program would: CSV with commons-csv, XLSX with fastexcel-reader, PDF text with OpenPDF. */
public final class ExportedFiles {

    private ExportedFiles() {
    }

    /** The CSV's records, header first, after checking and removing the byte-order mark. */
    static List<CSVRecord> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
            throw new AssertionError("no UTF-8 byte-order mark");
        }
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    public static List<Row> xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            return workbook.getFirstSheet().read();
        }
    }

    /** The row whose 1-based number in the sheet is {@code number}. */
    public static Row row(List<Row> rows, int number) {
        return rows.stream().filter(r -> r.getRowNum() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number));
    }

    /** One entry of the XLSX package as text (e.g. the sheet's XML). */
    static String entry(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every text of the XLSX package: shared strings and sheets. */
    static String everyText(Path xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            zip.stream().forEach(e -> {
                try {
                    all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            });
        }
        return all.toString();
    }

    /** The text of each page of the PDF. */
    public static List<String> pdfPages(Path file) throws IOException {
        try (PdfReader reader = new PdfReader(file.toString())) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        }
    }

    /** Text with every run of white space made one space (table cells wrap their words over lines). */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Text without any white space (a code may wrap at its hyphen in a narrow column). */
    public static String dense(String text) {
        return text.replaceAll("\\s+", "");
    }
}
