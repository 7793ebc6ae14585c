package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.NewOfficer;
import vn.danvan.desk.security.OfficerRole;

/** {@code export} through the real command line on a real database: files, exit codes, the admin check. */
class ExportCommandTest {

    @TempDir
    Path folder;
    Path db;
    Path adminPassword;

    @BeforeEach
    void register() throws Exception {
        db = folder.resolve("data");
        adminPassword = Files.writeString(folder.resolve("admin.txt"), TestServices.ADMIN_PASSWORD + "\n");
        try (AppServices services = TestServices.openSetUp(db)) {
            var village = services.villages().add("Thôn Đông", VillageKind.THON).id();
            var field = services.fields().all().get(0).id();
            Actor admin = Actor.system();
            for (var p : List.of(new Object[] {PetitionKind.DENUNCIATION, "Đặng Văn Tố", "2026-10-03"},
                    new Object[] {PetitionKind.RECOMMENDATION, "Nguyễn Văn Một", "2026-10-05"},
                    new Object[] {PetitionKind.RECOMMENDATION, "Trần Văn Hai", "2026-11-02"})) {
                services.intake().receive(new PetitionDraft(LocalDate.parse((String) p[2]), PetitionChannel.POST,
                        (PetitionKind) p[0], null, field, village, null, "Nội dung đơn ngày " + p[2], 1, false, false,
                        false, PetitionerRef.create(new CitizenDraft((String) p[1], IdPaperType.CCCD, null, null,
                        village, null)), List.of(), false, false, false, null, null, null, null), admin);
            }
            services.officers().add(new NewOfficer("canbo", "Lê Cán Bộ", OfficerRole.OFFICER, "matkhau-456"));
        }
    }

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(adminPassword), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    List<CSVRecord> csv(Path file) throws Exception {
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new java.io.StringReader(text.substring(1))).getRecords();
    }

    @Test
    void exportsTheMonthAsCsvXlsxAndPdfWithIdentitiesMasked() throws Exception {
        Path csv = folder.resolve("thang10.csv");
        Result done = run("export", "--db", db.toString(), "--month", "2026-10", "--format", "csv", "--out",
                csv.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("Đã xuất 2 đơn (0 kỳ trước chuyển sang)", csv.toString());
        List<CSVRecord> records = csv(csv);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(1)).isEqualTo("TC-2026-00001");
        assertThat(records.get(1).get(3)).isEqualTo("(bảo mật)");
        assertThat(records.get(2).get(3)).isEqualTo("Nguyễn Văn Một");
        assertThat(Files.readString(csv)).doesNotContain("Đặng Văn Tố");

        for (String format : List.of("xlsx", "pdf")) {
            Path file = folder.resolve("thang10." + format);
            Result result = run("--db", db.toString(), "export", "--month", "2026-10", "--format", format, "--out",
                    file.toString());
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(Files.readAllBytes(folder.resolve("thang10.pdf"))).startsWith("%PDF".getBytes());
    }

    @Test
    void identitiesNeedAnAdminLoginAndTheExportIsAudited() throws Exception {
        Path csv = folder.resolve("mat.csv");
        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "sai-mat-khau\n");
        Result badPassword = run("export", "--db", db.toString(), "--month", "2026-10", "--format", "csv", "--out",
                csv.toString(), "--with-identities", "--user", "admin", "--password-file", wrong.toString());
        assertThat(badPassword.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(badPassword.err()).contains("Tên đăng nhập hoặc mật khẩu không đúng");

        Path officerPassword = Files.writeString(folder.resolve("canbo.txt"), "matkhau-456\n");
        Result notAdmin = run("export", "--db", db.toString(), "--month", "2026-10", "--format", "csv", "--out",
                csv.toString(), "--with-identities", "--user", "canbo", "--password-file",
                officerPassword.toString());
        assertThat(notAdmin.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(notAdmin.err()).contains("không phải quản trị viên");
        assertThat(csv).doesNotExist();

        Result admin = run("export", "--db", db.toString(), "--month", "2026-10", "--format", "csv", "--out",
                csv.toString(), "--with-identities", "--user", "admin");
        assertThat(admin.code()).as(admin.err()).isZero();
        assertThat(csv(csv).get(1).get(3)).isEqualTo("Đặng Văn Tố");
        try (AppServices services = TestServices.logIn(db)) {
            var rows = services.database().dsl().select(AUDIT_LOG.ACTION, AUDIT_LOG.USERNAME).from(AUDIT_LOG)
                    .where(AUDIT_LOG.ACTION.eq("EXPORT_IDENTITIES")).fetch();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).value2()).isEqualTo("admin");
        }
    }

    @Test
    void aBadMonthOrFormatExitsTwoWithOneLine() {
        Path out = folder.resolve("x.csv");
        Result month = run("export", "--db", db.toString(), "--month", "10/2026", "--format", "csv", "--out",
                out.toString());
        assertThat(month.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(month.err().strip()).isEqualTo("Tháng không hợp lệ: «10/2026». Viết theo dạng YYYY-MM, ví dụ 2026-10.");
        Result format = run("export", "--db", db.toString(), "--month", "2026-10", "--format", "doc", "--out",
                out.toString());
        assertThat(format.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(format.err().strip().lines()).hasSize(1);
        Result future = run("export", "--db", db.toString(), "--month", "2099-01", "--format", "csv", "--out",
                out.toString());
        assertThat(future.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(future.err()).contains("01/2099 chưa đến");
        Result noFolder = run("export", "--db", db.toString(), "--month", "2026-10", "--format", "csv", "--out",
                folder.resolve("khong-co/x.csv").toString());
        assertThat(noFolder.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(out).doesNotExist();
    }
}
