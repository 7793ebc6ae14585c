package vn.danvan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.report.ExportedFiles.dense;
import static vn.danvan.desk.report.ExportedFiles.flat;
import static vn.danvan.desk.report.ExportedFiles.row;
import static vn.danvan.desk.report.MonthlyListFixtures.OCTOBER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.document.NationalMotto;
import vn.danvan.desk.security.Actor;

/** The October list of the known story written in each format and read back as another program would. */
class MonthlyListExportTest {

    static final List<String> HEADERS = List.of("STT", "Mã đơn", "Ngày tiếp nhận", "Người gửi", "Số định danh",
            "Thôn, tổ dân phố", "Địa chỉ", "Số người", "Nguồn tiếp nhận", "Loại đơn", "Lĩnh vực", "Nội dung tóm tắt",
            "Hướng xử lý", "Đơn vị xử lý", "Hạn giải quyết", "Trạng thái", "Ngày giải quyết", "Kết quả", "Ghi chú");

    @TempDir
    Path folder;
    MonthlyListFixtures data;

    @BeforeEach
    void story() {
        data = new MonthlyListFixtures(folder.resolve("db")).untilEndOfOctober().afterOctober();
    }

    @AfterEach
    void close() {
        data.services.close();
    }

    Path export(ExportFormat format) {
        Path file = folder.resolve("thang-10." + format.extension());
        ExportResult result = data.services.monthlyList().export(OCTOBER, format, file, Actor.system(), false,
                ProgressMonitor.NONE);
        assertThat(result.rows()).isEqualTo(9);
        assertThat(result.carriedOver()).isEqualTo(4);
        return file;
    }

    @Test
    void csvIsUtf8WithBomQuotedByRfc4180AndEscapesFormulas() throws Exception {
        Path file = export(ExportFormat.CSV);
        List<CSVRecord> records = ExportedFiles.csv(file);
        assertThat(records.get(0).toList()).isEqualTo(HEADERS);
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows).extracting(r -> r.get(1)).containsExactlyElementsOf(data.codes(MonthlyListFixtures.EXPECTED_OCTOBER));
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        CSVRecord p5 = find(rows, "P5");
        assertThat(List.of(p5.get(3), p5.get(4), p5.get(6))).containsOnly("(bảo mật)");
        assertThat(p5.get(9)).isEqualTo("Tố cáo");
        assertThat(p5.get(2)).isEqualTo("03/10/2026");
        CSVRecord p6 = find(rows, "P6");
        assertThat(p6.get(3)).isEqualTo("(bảo mật)");
        assertThat(p6.get(11)).isEqualTo("'" + MonthlyListFixtures.HYPERLINK);
        assertThat(find(rows, "P13").get(11)).isEqualTo("'" + MonthlyListFixtures.SUM_SUMMARY);
        assertThat(find(rows, "P13").get(15)).isEqualTo("Chuyển đơn");
        assertThat(find(rows, "P13").get(17)).isEqualTo("Chuyển đến " + MonthlyListFixtures.AGENCY
                + ", văn bản số 15/CV-UBND");
        assertThat(find(rows, "P7").get(11)).isEqualTo("'" + MonthlyListFixtures.MINUS_SUMMARY);
        assertThat(find(rows, "P7").get(3)).isEqualTo("Nặc danh");
        assertThat(find(rows, "P8").get(6)).isEqualTo("'" + MonthlyListFixtures.AT_ADDRESS);
        assertThat(find(rows, "P1").get(18)).isEqualTo("Kỳ trước chuyển sang; " + MonthlyListFixtures.PHONE_NOTE);
        assertThat(find(rows, "P1").get(3)).isEqualTo("Nguyễn Văn Một");
        assertThat(find(rows, "P1").get(9)).isEqualTo("Kiến nghị");
        assertThat(find(rows, "P3").get(15)).isEqualTo("Mới tiếp nhận");
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(raw).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm vào đây\"\")\"", "\r\n")
                .doesNotContain(MonthlyListFixtures.DENOUNCER, MonthlyListFixtures.DENOUNCER_ID,
                        MonthlyListFixtures.CONFIDENTIAL_NAME);
    }

    @Test
    void xlsxHasTheTitleBlockAFrozenHeaderRealDatesTextCellsAndATotalsLine() throws Exception {
        Path file = export(ExportFormat.XLSX);
        List<Row> rows = ExportedFiles.xlsx(file);
        assertThat(row(rows, 1).getCellText(0)).isEqualTo("UBND XÃ TÂN LẬP");
        assertThat(row(rows, 1).getCellText(12)).isEqualTo(NationalMotto.NATION);
        assertThat(row(rows, 3).getCellText(12)).isEqualTo("Tân Lập, ngày 24 tháng 11 năm 2026");
        assertThat(row(rows, 4).getCellText(0)).isEqualTo("DANH SÁCH ĐƠN THƯ THÁNG 10/2026");
        Row header = row(rows, MonthlyListXlsxWriter.HEADER_ROW + 1);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < 19; c++) {
            headers.add(header.getCellText(c));
        }
        assertThat(headers).isEqualTo(HEADERS);
        List<Row> body = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            body.add(row(rows, MonthlyListXlsxWriter.HEADER_ROW + 2 + i));
        }
        assertThat(body).extracting(r -> r.getCellText(1))
                .containsExactlyElementsOf(data.codes(MonthlyListFixtures.EXPECTED_OCTOBER));
        Row p6 = body.get(MonthlyListFixtures.EXPECTED_OCTOBER.indexOf("P6"));
        assertThat(p6.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(p6.getCellAsDate(2)).contains(LocalDate.of(2026, 10, 5).atStartOfDay());
        assertThat(p6.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(p6.getCell(11).getType()).isEqualTo(CellType.STRING);
        assertThat(p6.getCell(11).getFormula()).isNull();
        assertThat(p6.getCellText(11)).isEqualTo(MonthlyListFixtures.HYPERLINK);
        assertThat(p6.getCellText(3)).isEqualTo("(bảo mật)");
        Row p5 = body.get(MonthlyListFixtures.EXPECTED_OCTOBER.indexOf("P5"));
        assertThat(List.of(p5.getCellText(3), p5.getCellText(4), p5.getCellText(6))).containsOnly("(bảo mật)");
        assertThat(p5.getCellText(9)).isEqualTo("Tố cáo");
        Row p3 = body.get(0);
        assertThat(p3.getCellText(15)).isEqualTo("Mới tiếp nhận");
        assertThat(p3.getCellText(18)).isEqualTo("Kỳ trước chuyển sang");
        Row totals = row(rows, MonthlyListXlsxWriter.HEADER_ROW + 11);
        assertThat(totals.getCellText(0)).isEqualTo("Tổng cộng: 9 đơn");
        assertThat(totals.getCellText(8)).contains("tiếp nhận trong tháng 5, kỳ trước chuyển sang 4");

        String sheet = ExportedFiles.entry(file, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("state=\"frozen\"", "ySplit=\"7\"", "xSplit=\"2\"", "orientation=\"landscape\"",
                "fitToPage=\"true\"", "<col min=\"1\" max=\"1\"",
                // the summary column as wide as its longest text (the formula-like one) plus a margin
                "<col min=\"12\" max=\"12\" width=\"" + (MonthlyListFixtures.HYPERLINK.length() + 2) + ".0\"")
                .doesNotContain("<f>");
        assertThat(ExportedFiles.everyText(file)).doesNotContain(MonthlyListFixtures.DENOUNCER,
                MonthlyListFixtures.DENOUNCER_ID, MonthlyListFixtures.CONFIDENTIAL_NAME);
    }

    @Test
    void pdfIsAnA4LandscapeAdministrativeDocumentWithAnEmbeddedVietnameseFont() throws Exception {
        Path file = export(ExportFormat.PDF);
        List<String> pages = ExportedFiles.pdfPages(file);
        String text = flat(String.join("\n", pages));
        assertThat(text).contains(NationalMotto.NATION, NationalMotto.MOTTO, "UBND XÃ TÂN LẬP",
                "Tân Lập, ngày 24 tháng 11 năm 2026", "DANH SÁCH ĐƠN THƯ THÁNG 10/2026",
                "(Từ ngày 01/10/2026 đến ngày 31/10/2026)", "Tổng cộng: 9 đơn", "CHỦ TỊCH UBND XÃ", "Trần Thị Bình",
                "Nơi nhận:", "UBND tỉnh Phú Thọ;", "(bảo mật)", "Kỳ trước chuyển sang", "Nặc danh", "Tố cáo",
                "Kiến nghị", "Mới tiếp nhận");
        assertThat(text).doesNotContain(MonthlyListFixtures.DENOUNCER, MonthlyListFixtures.DENOUNCER_ID,
                MonthlyListFixtures.CONFIDENTIAL_NAME);
        String compact = dense(text);
        assertThat(compact).contains(dense(MonthlyListFixtures.HYPERLINK)); // printed as it was typed
        int last = -1;
        for (String code : data.codes(MonthlyListFixtures.EXPECTED_OCTOBER)) {
            int at = compact.indexOf(code);
            assertThat(at).as(code).isGreaterThan(last);
            last = at;
        }
        try (var reader = new com.lowagie.text.pdf.PdfReader(file.toString())) {
            var size = reader.getPageSizeWithRotation(1);
            assertThat(size.getWidth()).isGreaterThan(size.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
        }
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile2").doesNotContain("/Helvetica");
    }

    @Test
    void aLongPdfRepeatsTheTableHeaderAndNumbersItsPagesFromTheSecond() throws Exception {
        data.clock.setDate(LocalDate.of(2026, 10, 31));
        for (int i = 0; i < 90; i++) {
            data.services.intake().receive(new vn.danvan.desk.petition.PetitionDraft(LocalDate.of(2026, 10, 1 + i % 30),
                    vn.danvan.desk.petition.PetitionChannel.POST, vn.danvan.desk.petition.PetitionKind.FEEDBACK, null,
                    data.field, data.village, null, "Phản ánh số " + i + " về vệ sinh môi trường ở xóm", 1, false, true,
                    false, null, List.of(), false, false, false, null, null, null, null), MonthlyListFixtures.ADMIN);
        }
        data.clock.set(vn.danvan.desk.TestServices.NOW);
        Path file = folder.resolve("dai.pdf");
        data.services.monthlyList().export(OCTOBER, ExportFormat.PDF, file, Actor.system(), false,
                ProgressMonitor.NONE);
        List<String> pages = ExportedFiles.pdfPages(file);
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        assertThat(pages.get(0).strip().lines().reduce((first, second) -> second)).isNotEqualTo(java.util.Optional.of("1"));
        for (int page = 2; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            String number = Integer.toString(page); // drawn last, alone, in the top margin
            assertThat(text.strip().lines().reduce((first, second) -> second)).as("page %d", page)
                    .hasValueSatisfying(line -> assertThat(line.strip()).isEqualTo(number));
            assertThat(flat(text)).as("page %d", page).contains("Mã đơn", "Nội dung tóm tắt", "(19)");
        }
        assertThat(flat(pages.get(pages.size() - 1))).contains("Tổng cộng: 99 đơn", "Trần Thị Bình");
    }

    private CSVRecord find(List<CSVRecord> rows, String name) {
        String code = data.code(name);
        return rows.stream().filter(r -> r.get(1).equals(code)).findFirst().orElseThrow();
    }
}
