package vn.danvan.desk.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serif family and the administrative layout, read back from the PDF they make. */
class DocumentFontsTest {

    @TempDir
    Path folder;

    @Test
    void liberationSerifCoversEveryVietnameseLetter() {
        DocumentFonts fonts = DocumentFonts.liberationSerif();
        assertThat(fonts.source()).isEqualTo(DocumentFonts.Source.LIBERATION_SERIF);
        for (DocumentFonts.Face face : DocumentFonts.Face.values()) {
            assertThat(DocumentFonts.coversVietnamese(fonts.base(face))).as(face.name()).isTrue();
        }
    }

    @Test
    void aSystemFamilyIsUsedOnlyWhenAllFourFilesAreThere() throws Exception {
        Map<DocumentFonts.Face, Path> complete = new EnumMap<>(DocumentFonts.Face.class);
        for (DocumentFonts.Face face : DocumentFonts.Face.values()) {
            Path file = folder.resolve(face.name() + ".ttf");
            String name = "/liberation/LiberationSerif-" + switch (face) {
                case REGULAR -> "Regular";
                case BOLD -> "Bold";
                case ITALIC -> "Italic";
                case BOLD_ITALIC -> "BoldItalic";
            } + ".ttf";
            try (InputStream in = getClass().getResourceAsStream(name)) {
                Files.write(file, in.readAllBytes());
            }
            complete.put(face, file);
        }
        Map<DocumentFonts.Face, Path> missingBold = new EnumMap<>(complete);
        missingBold.put(DocumentFonts.Face.BOLD, folder.resolve("absent.ttf"));

        assertThat(DocumentFonts.load(List.of(missingBold)).source()).isEqualTo(DocumentFonts.Source.LIBERATION_SERIF);
        assertThat(DocumentFonts.load(List.of(missingBold, complete)).source())
                .isEqualTo(DocumentFonts.Source.SYSTEM_TIMES_NEW_ROMAN);
    }

    @Test
    void anAdministrativeDocumentHasTheMottoIssuerPlaceDateTitleAndSigner() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AdministrativeDocument doc = AdministrativeDocument.open(out, AdministrativeDocument.Orientation.PORTRAIT,
                DocumentFonts.liberationSerif())) {
            doc.header(new Issuer("Đảng ủy xã Xuân Hòa", "Ban Dân vận"), PlaceDate.line("Xuân Hòa",
                    LocalDate.of(2026, 1, 9)));
            doc.title("Biên bản đối thoại", "Về việc bồi thường, giải phóng mặt bằng");
            doc.add(new com.lowagie.text.Paragraph("Ý kiến của ông Nguyễn Văn Ấn về đường ống nước ở xóm Bãi.",
                    doc.fonts().regular(13)));
            doc.signature(new Signer("TM. Ban Dân vận", "Trưởng ban", "Lê Thị Ửng"), List.of("Lưu: VT."));
        }
        try (PdfReader reader = new PdfReader(out.toByteArray())) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(reader.getPageSizeWithRotation(1).getHeight()).isGreaterThan(reader.getPageSizeWithRotation(1)
                    .getWidth());
            String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "ĐẢNG ỦY XÃ XUÂN HÒA", "BAN DÂN VẬN", "Xuân Hòa, ngày 09 tháng 01 năm 2026", "BIÊN BẢN ĐỐI THOẠI",
                    "Về việc bồi thường, giải phóng mặt bằng", "Ý kiến của ông Nguyễn Văn Ấn", "Nơi nhận:",
                    "- Lưu: VT.", "TM. BAN DÂN VẬN", "TRƯỞNG BAN", "Lê Thị Ửng");
        }
        String raw = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("LiberationSerif").doesNotContain("LiberationSans", "/Helvetica");
    }
}
