package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.report.ExportedFiles;
import vn.danvan.desk.report.summary.SummaryStory;

/**
 * {@code report} through the real command line on a real database (the third-quarter story of the summary tests):
 * every period form, every format read back (JSON parsed, XLSX with fastexcel-reader, PDF text with OpenPDF), and
 * the refusals with exit code 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {

    @TempDir
    static Path folder;
    Path db;
    Path password;

    @BeforeAll
    void tellTheStory() throws Exception {
        db = folder.resolve("data");
        SummaryStory.write(db);
        password = java.nio.file.Files.writeString(folder.resolve("pw.txt"), TestServices.ADMIN_PASSWORD + "\n");
    }

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(password), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    JsonNode json(String period) throws Exception {
        Result done = run("report", "--db", db.toString(), "--period", period, "--format", "json");
        assertThat(done.code()).as(done.err()).isZero();
        return new ObjectMapper().readTree(done.out());
    }

    @Test
    void theQuarterAsJsonOnStandardOutput() throws Exception {
        JsonNode q3 = json("2026-Q3");
        assertThat(q3.get("format").asText()).isEqualTo("danvan-summary/1");
        assertThat(q3.at("/period/code").asText()).isEqualTo("2026-Q3");
        assertThat(q3.at("/period/kind").asText()).isEqualTo("QUARTER");
        assertThat(q3.at("/period/from").asText()).isEqualTo("2026-07-01");
        assertThat(q3.at("/period/to").asText()).isEqualTo("2026-09-30");
        assertThat(q3.at("/period/complete").asBoolean()).isTrue();
        // the figures the service test derives from the story's expectations
        assertThat(q3.get("carriedOver").asInt()).isEqualTo(5);
        assertThat(q3.get("received").asInt()).isEqualTo(12);
        assertThat(q3.get("total").asInt()).isEqualTo(17);
        assertThat(q3.get("resolved").asInt() + q3.get("inProgress").asInt() + q3.get("notResolved").asInt())
                .isEqualTo(17);
        assertThat(q3.get("overdue").asInt()).isEqualTo(8);
        assertThat(q3.get("withinCompetence").asInt()).isEqualTo(5);
        assertThat(q3.get("resolvedWithinCompetence").asInt()).isEqualTo(2);
        assertThat(q3.at("/rates/settlement").decimalValue()).isEqualByComparingTo(new BigDecimal("0.4"));
        assertThat(q3.at("/rates/handling").decimalValue())
                .isEqualByComparingTo(new BigDecimal(9).divide(new BigDecimal(17), 4, java.math.RoundingMode.HALF_UP));
        assertThat(q3.at("/handling/TRANSFER").asInt()).isEqualTo(1);
        assertThat(q3.at("/byKind/DENUNCIATION/total").asInt()).isEqualTo(1);
        assertThat(q3.at("/byChannel/DIALOGUE/received").asInt()).isEqualTo(2);
        assertThat(q3.at("/bySigners/multiple/total").asInt()).isEqualTo(2);
        assertThat(q3.at("/dialogues/sessions").asInt()).isEqualTo(2);
        assertThat(q3.at("/dialogues/byKind/ANNUAL_CONFERENCE").asInt()).isEqualTo(1);
        assertThat(q3.at("/dialogues/citizens").asInt()).isEqualTo(47);
        assertThat(q3.at("/dialogues/answeredOnSpot").asInt()).isEqualTo(3);
        JsonNode noVillage = q3.get("byVillage").get(q3.get("byVillage").size() - 1);
        assertThat(noVillage.get("id").isNull()).isTrue();
        assertThat(noVillage.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void everyPeriodForm() throws Exception {
        assertThat(json("2026-09").at("/period/from").asText()).isEqualTo("2026-09-01");
        assertThat(json("2026-H1").at("/period/to").asText()).isEqualTo("2026-06-30");
        assertThat(json("2026-9M").at("/period/kind").asText()).isEqualTo("NINE_MONTHS");
        JsonNode year = json("2026");
        assertThat(year.at("/period/from").asText()).isEqualTo("2026-01-01");
        assertThat(year.get("carriedOver").asInt()).isZero(); // nothing before March 2026
        // the first nine months: everything received from January to September, none carried over
        JsonNode nine = json("2026-9M");
        assertThat(nine.get("total").asInt()).isEqualTo(nine.get("received").asInt()).isEqualTo(19);
        // September alone: carried over = what the first two months of the quarter left open
        JsonNode september = json("2026-09");
        assertThat(september.get("carriedOver").asInt() + september.get("received").asInt())
                .isEqualTo(september.get("total").asInt());
    }

    @Test
    void xlsxReadBack() throws Exception {
        Path file = folder.resolve("tong-hop-q3.xlsx");
        Result done = run("report", "--db", db.toString(), "--period", "2026-Q3", "--format", "xlsx", "--out",
                file.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("2026-Q3", "17");
        List<Row> rows = ExportedFiles.xlsx(file);
        assertThat(text(rows, 4, 0)).isEqualTo("BÁO CÁO TỔNG HỢP CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN THƯ QUÝ III NĂM 2026");
        assertThat(text(rows, 1, 3)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Row total = line(rows, "Tổng số đơn phải xử lý (1 + 2)");
        assertThat(total.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(total.getCell(2).asNumber()).isEqualByComparingTo("17");
        Row settlement = line(rows, "Tỷ lệ giải quyết (11 / 10)");
        assertThat(settlement.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(settlement.getCell(2).asNumber()).isEqualByComparingTo("0.4");
        try (var in = Files.newInputStream(file); var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(in,
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            Row withFormat = workbook.getFirstSheet().read().stream()
                    .filter(r -> "Tỷ lệ giải quyết (11 / 10)".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(withFormat.getCell(2).getDataFormatString()).isEqualTo("0.0%");
        }
        Row complaints = line(rows, "Khiếu nại");
        // total, carried over, received, resolved, in progress, not resolved: C1 C6 carried; R2 R5 R11 received
        assertThat(List.of(2, 3, 4, 5, 6, 7).stream().map(c -> complaints.getCell(c).asNumber().intValue()).toList())
                .containsExactly(5, 2, 3, 1, 3, 1);
        assertThat(line(rows, "(Không rõ thôn, tổ dân phố)").getCell(2).asNumber()).isEqualByComparingTo("1");
        assertThat(rows.stream().anyMatch(r -> "Trần Thị Bình".equals(r.getCellText(3)))).isTrue();
    }

    @Test
    void pdfReadBack() throws Exception {
        Path file = folder.resolve("tong-hop-2026-09.pdf");
        Result done = run("report", "--db", db.toString(), "--period", "2026-Q3", "--format", "pdf", "--out",
                file.toString());
        assertThat(done.code()).as(done.err()).isZero();
        // the extractor runs table cells together: compare without white space
        String text = ExportedFiles.dense(String.join("\n", ExportedFiles.pdfPages(file)));
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND XÃ TÂN LẬP", "QUÝ III NĂM 2026", "(Từ ngày 01/07/2026 đến ngày 30/09/2026)",
                "3 Tổng số đơn phải xử lý (1 + 2) 17", "12 Tỷ lệ giải quyết (11 / 10) 40,0%",
                "Khiếu nại 5 2 3 1 3 1", "Tố cáo 1 1 0 0 0 1", "(Không rõ thôn, tổ dân phố) 1 1 0 1 0 0",
                "CHỦ TỊCH UBND XÃ", "Trần Thị Bình", "UBND tỉnh Phú Thọ;")) {
            assertThat(text).contains(ExportedFiles.dense(expected));
        }
        String raw = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile2"); // the font is embedded
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        Result bad = run("report", "--db", db.toString(), "--period", "2026-Q5", "--format", "json");
        assertThat(bad.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(bad.err().strip()).startsWith("Kỳ báo cáo không hợp lệ: «2026-Q5»").doesNotContain("\n");
        Result format = run("report", "--db", db.toString(), "--period", "2026-Q3", "--format", "csv");
        assertThat(format.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(format.err()).contains("json, xlsx");
        Result noOut = run("report", "--db", db.toString(), "--period", "2026-Q3", "--format", "pdf");
        assertThat(noOut.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(noOut.err()).contains("--out");
        Result future = run("report", "--db", db.toString(), "--period", "2030", "--format", "json");
        assertThat(future.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(future.err()).contains("Năm 2030 chưa bắt đầu");
        Result missing = run("report", "--db", db.toString(), "--format", "json");
        assertThat(missing.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".part")).toList()).isEmpty();
    }

    private static String text(List<Row> rows, int number, int cell) {
        return ExportedFiles.row(rows, number).getCellText(cell);
    }

    private static Row line(List<Row> rows, String label) {
        Optional<Row> row = rows.stream().filter(r -> label.equals(r.getCellText(1))).findFirst();
        return row.orElseThrow(() -> new AssertionError("no line " + label));
    }
}
