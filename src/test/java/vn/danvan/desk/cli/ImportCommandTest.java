package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.common.db.generated.Tables.IMPORT_RUN;
import static vn.danvan.desk.common.db.generated.Tables.OFFICER;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;

/** {@code import} through the real command line on a real database and real files: output and exit codes. */
class ImportCommandTest {

    static final String HEADER = "\uFEFFSTT,Mã đơn,Ngày tiếp nhận,Người gửi,Số định danh,\"Thôn, tổ dân phố\","
            + "Loại đơn,Lĩnh vực,Nội dung tóm tắt,Trạng thái\r\n";

    @TempDir
    Path folder;
    Path db;
    Path password;

    @BeforeEach
    void register() throws Exception {
        db = folder.resolve("data");
        password = Files.writeString(folder.resolve("pw.txt"), TestServices.ADMIN_PASSWORD + "\n");
        try (AppServices services = TestServices.openSetUp(db)) {
            services.villages().add("Thôn Đông", VillageKind.THON);
        }
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

    Path file(String name, String rows) throws Exception {
        return Files.writeString(folder.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
    }

    int petitions() {
        try (AppServices services = TestServices.open(db)) {
            return services.database().dsl().fetchCount(PETITION);
        }
    }

    @Test
    void importsPrintsCountsAndSkipsOrUpdatesOnTheNextRun() throws Exception {
        Path list = file("ds.csv", "1,KN-2026-00007,05/10/2026,Trần Văn Một,001080000001,Thôn Đông,Khiếu nại,"
                + "Đất đai,Khiếu nại mức bồi thường,Mới tiếp nhận\r\n"
                + "2,,2026-10-06,Nặc danh,,Thôn Đông,Phản ánh,Môi trường,Phản ánh xả rác,Đang xử lý\r\n");
        Result first = run("import", list.toString(), "--db", db.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().lines().findFirst()).contains("imported 2, skipped 0");
        assertThat(first.out()).contains("Đã nhập 2 đơn mới");

        Result again = run("import", "--db", db.toString(), list.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out().lines().findFirst()).contains("imported 1, skipped 1");
        assertThat(again.out()).contains("Bỏ qua dòng 2: mã đơn KN-2026-00007 đã có trong sổ");
        assertThat(petitions()).isEqualTo(3); // the anonymous row had no code: a new petition each time

        Result updated = run("import", list.toString(), "--update", "--db", db.toString());
        assertThat(updated.out().lines().findFirst()).contains("imported 1, updated 1, skipped 0");

        // the officer who logged in is the one the history, the run and the audit log name
        try (AppServices services = TestServices.open(db)) {
            var dsl = services.database().dsl();
            java.util.UUID admin = dsl.select(OFFICER.ID).from(OFFICER).where(OFFICER.USERNAME.eq(TestServices.ADMIN))
                    .fetchSingle().value1();
            assertThat(dsl.selectDistinct(IMPORT_RUN.OFFICER_ID).from(IMPORT_RUN).fetch(IMPORT_RUN.OFFICER_ID))
                    .containsExactly(admin);
            assertThat(dsl.selectDistinct(PETITION_EVENT.OFFICER_ID).from(PETITION_EVENT)
                    .fetch(PETITION_EVENT.OFFICER_ID)).containsExactly(admin);
            assertThat(dsl.selectDistinct(AUDIT_LOG.OFFICER_ID).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("IMPORT"))
                    .fetch(AUDIT_LOG.OFFICER_ID)).containsExactly(admin);
        }
    }

    @Test
    void rowErrorsArePrintedOnePerLineWithExitCode2AndNothingSaved() throws Exception {
        Path list = file("loi.csv", "1,,05/10/2026,Trần Văn Một,0010800,Thôn Đông,Khiếu nại,Đất đai,Nội dung,\r\n"
                + "2,,06/10/2026,Lê Thị Hai,,Thôn Đông,Thư khen,Đất đai,Nội dung,\r\n");
        Result refused = run("import", list.toString(), "--db", db.toString());
        assertThat(refused.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(refused.err().lines().toList()).containsExactly(
                "dòng 2, cột \"Số định danh\": Số định danh «0010800» phải gồm đúng 12 chữ số",
                "dòng 3, cột \"Loại đơn\": Loại đơn «Thư khen» không có (Khiếu nại, Tố cáo, Kiến nghị, Phản ánh,"
                        + " Hỏi chính sách)",
                "Không nhập gì: tệp có 2 lỗi.");
        assertThat(refused.out()).isEmpty();
        assertThat(petitions()).isZero();
    }

    @Test
    void unknownVillagesAreNamedAndCreatedOnlyWithCreateVillages() throws Exception {
        Path list = file("thon.csv", "1,,05/10/2026,Trần Văn Một,,Thôn Bắc Sơn,Kiến nghị,Đất đai,Nội dung,\r\n");
        Result refused = run("import", list.toString(), "--db", db.toString());
        assertThat(refused.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(refused.err()).contains("«Thôn Bắc Sơn»", "--create-villages");
        assertThat(petitions()).isZero();

        Result done = run("import", list.toString(), "--create-villages", "--db", db.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("imported 1, skipped 0", "Đã tạo thôn, tổ dân phố: Thôn Bắc Sơn");
    }

    @Test
    void aMissingOrUnreadableFileIsBadInput() throws Exception {
        Result missing = run("import", folder.resolve("none.csv").toString(), "--db", db.toString());
        assertThat(missing.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(missing.err()).contains("Không có tệp");
        Path latin1 = Files.write(folder.resolve("latin1.csv"), "Mã đơn,Ngày tiếp nhận,Loại đơn\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Result notUtf8 = run("import", latin1.toString(), "--db", db.toString());
        assertThat(notUtf8.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(notUtf8.err()).contains("không phải văn bản UTF-8");
    }

    /**
     * A few malformed lists of the fuzz corpus (issue 6, {@code src/test/resources/fuzz/list}): exit code 2, one clear
     * line per problem (no stack trace, no library message, no control character echoed to the terminal), nothing
     * saved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"truncated-mid-quote.csv", "utf16le-no-bom.csv", "string-index-out-of-range.xlsx",
        "xxe-external.xlsx"})
    void aMalformedListOfTheFuzzCorpusIsRefusedWithAClearLine(String name) throws Exception {
        Path list = Path.of(getClass().getResource("/fuzz/list/" + name).toURI());
        Result refused = run("import", list.toString(), "--db", db.toString());
        assertThat(refused.code()).as(refused.err()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(refused.err()).isNotBlank().contains(name.contains("quote") ? "dòng 3: " : name)
                .doesNotContain("Exception", "\tat ", "java.", "org.", "root:")
                .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
        assertThat(petitions()).isZero();
    }
}
