package vn.danvan.desk.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.security.Actor;

/**
 * Workbooks as offices keep them: a title block above the header, real Excel dates, an ID number typed as a number
 * (its leading zeros lost), a totals line and a signer below the rows; and the template the import screen offers.
 */
class XlsxListTest {

    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void register() {
        services = TestServices.openSetUp(folder.resolve("db"));
        services.villages().add("Thôn Đông", VillageKind.THON);
    }

    @AfterEach
    void close() {
        services.close();
    }

    Path workbook(String kindOfSecondRow) throws Exception {
        Path file = folder.resolve("so-theo-doi.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Tháng 10");
            sheet.value(0, 0, "UBND XÃ TÂN LẬP");
            sheet.value(1, 0, "SỔ THEO DÕI ĐƠN THƯ NĂM 2026");
            List<String> header = List.of("STT", "Mã đơn", "Ngày tiếp nhận", "Người gửi", "Số định danh",
                    "Thôn, tổ dân phố", "Số người", "Loại đơn", "Lĩnh vực", "Nội dung tóm tắt", "Hạn giải quyết",
                    "Trạng thái");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(3, c, header.get(c));
            }
            Object[][] rows = {
                    {1, "12/ĐT", LocalDate.of(2026, 10, 5), "Trần Văn Một", 1080000001L, "Thôn Đông", 3, "Kiến nghị",
                            "Đất đai", "Đề nghị làm đường", "20/10/2026", "Mới tiếp nhận"},
                    {2, "", LocalDate.of(2026, 10, 7), "Nặc danh", null, "Thôn Đông", null, kindOfSecondRow,
                            "Môi trường", "=Phản ánh xả rác", null, null}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate date) {
                        sheet.value(4 + r, c, date);
                        sheet.style(4 + r, c).format("dd/mm/yyyy").set();
                    } else if (value instanceof Number number) {
                        sheet.value(4 + r, c, number);
                    } else if (value != null) {
                        sheet.value(4 + r, c, value.toString());
                    }
                }
            }
            sheet.value(7, 0, "Tổng cộng: 2 đơn");
            sheet.value(9, 9, "CHỦ TỊCH UBND XÃ");
            workbook.finish();
        }
        return file;
    }

    Petition petition(String code) {
        return services.petitions().require(services.database().dsl().select(PETITION.ID).from(PETITION)
                .where(PETITION.CODE.eq(code)).fetchSingle().value1());
    }

    @Test
    void theTitleBlockAndTotalsArePassedOverAndExcelCellsRead() throws Exception {
        ListImportResult result = services.listImport().importFile(workbook("Phản ánh"), ListImportOptions.none(),
                Actor.system(), ProgressMonitor.NONE);
        assertThat(result.imported()).isEqualTo(2);
        Petition first = petition("12/ĐT");
        assertThat(first.receivedDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(first.identity().idNumber()).isEqualTo("001080000001");
        assertThat(first.peopleCount()).isEqualTo(3);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 10, 20));
        Petition second = petition("PA-2026-00001");
        assertThat(second.anonymous()).isTrue();
        assertThat(second.summary()).isEqualTo("=Phản ánh xả rác"); // a string cell: the text as typed
    }

    @Test
    void problemsCarryTheSpreadsheetsRowNumbers() throws Exception {
        assertThatThrownBy(() -> services.listImport().importFile(workbook("Thư cảm ơn"), ListImportOptions.none(),
                Actor.system(), ProgressMonitor.NONE)).isInstanceOfSatisfying(ListImportException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.row()).isEqualTo(6);
                            assertThat(p.column()).isEqualTo("Loại đơn");
                        }));
        assertThat(services.database().dsl().fetchCount(PETITION)).isZero();
    }

    @Test
    void theTemplateHasTheListsHeaderAnExampleRowAndTheValuesAccepted() throws Exception {
        Path template = folder.resolve("mau.xlsx");
        services.listImport().writeTemplate(template);
        try (ReadableWorkbook workbook = new ReadableWorkbook(template.toFile())) {
            List<Row> list = workbook.getFirstSheet().read();
            assertThat(list.get(0).getCellText(1)).isEqualTo("Mã đơn");
            assertThat(list.get(0).getCellText(18)).isEqualTo("Ghi chú");
            assertThat(list.get(1).getCellText(9)).isEqualTo("Kiến nghị");
            String notes = workbook.getSheet(1).orElseThrow().read().stream()
                    .map(r -> r.getCellText(0) + " " + r.getCellText(1)).reduce("", String::concat);
            assertThat(notes).contains("Hỏi chính sách", "Thư điện tử / cổng trực tuyến", "Đã thông báo kết quả",
                    "Giải quyết ngay", "Bồi thường, giải phóng mặt bằng, tái định cư");
        }
        // the template itself imports: its one example row (once the village exists)
        ListImportCheck check = services.listImport().check(template, ProgressMonitor.NONE);
        assertThat(check.valid()).as(check.problems().toString()).isTrue();
        assertThat(check.rows()).isEqualTo(1);
    }

    @Test
    void anOldExcelFileIsRefusedWithAHint() throws Exception {
        Path xls = Files.write(folder.resolve("cu.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> services.listImport().check(xls, ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("listimport.error.oldExcel"));
    }
}
