package vn.danvan.desk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.cli.CommandLineApp;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.security.NewOfficer;
import vn.danvan.desk.security.OfficerRole;

/** {@code citizen export|anonymise|retention} through the real command line, logged in as the admin or not. */
class CitizenCommandTest {

    @TempDir
    Path folder;
    Path db;
    Path adminPassword;
    List<Petition> story;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void anOfficeWithTwoCitizens() throws Exception {
        db = folder.resolve("data");
        adminPassword = Files.writeString(folder.resolve("admin.txt"), TestServices.ADMIN_PASSWORD + "\n");
        try (AppServices services = TestServices.openSetUp(db)) {
            story = new PrivacyFixtures(services).story();
            services.officers().add(new NewOfficer("canbo", "Lê Cán Bộ", OfficerRole.OFFICER, "matkhau-456"));
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(adminPassword), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void anAdminExportsThenAnonymisesACitizen() throws Exception {
        Path zip = folder.resolve("xuyen.zip");
        Result exported = run("citizen", "export", "--id-number", PrivacyFixtures.ID_NUMBER, "--out", zip.toString(),
                "--db", db.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out().strip()).startsWith("Đã xuất 2 đơn, 0 ý kiến, 0 tệp đính kèm vào");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry(PersonalDataZip.JSON)).isNotNull();
        }

        Result unconfirmed = run("citizen", "anonymise", "--id-number", PrivacyFixtures.ID_NUMBER,
                "--db", db.toString());
        assertThat(unconfirmed.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(unconfirmed.err()).contains("--yes");

        Result done = run("citizen", "anonymise", "--id-number", PrivacyFixtures.ID_NUMBER, "--yes",
                "--db", db.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out().strip()).isEqualTo("Đã ẩn danh 1 hồ sơ công dân.");
        Result again = run("citizen", "export", "--id-number", PrivacyFixtures.ID_NUMBER, "--out", zip.toString(),
                "--db", db.toString());
        assertThat(again.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(again.err()).contains("Không có công dân nào");

        try (AppServices services = TestServices.logIn(db)) {
            var rows = services.database().dsl().select(AUDIT_LOG.ACTION, AUDIT_LOG.USERNAME, AUDIT_LOG.ENTITY_ID)
                    .from(AUDIT_LOG).where(AUDIT_LOG.ACTION.in(PersonalDataService.EXPORT_ACTION,
                            PersonalDataService.ANONYMISE_ACTION)).orderBy(AUDIT_LOG.SEQ).fetch();
            assertThat(rows).extracting(r -> r.value1()).containsExactly(PersonalDataService.EXPORT_ACTION,
                    PersonalDataService.ANONYMISE_ACTION);
            assertThat(rows).extracting(r -> r.value2()).containsOnly(TestServices.ADMIN);
            assertThat(rows).extracting(r -> r.value3()).containsOnly(story.get(0).identity().citizenId());
            assertThat(services.petitions().require(story.get(0).id()).identity().name()).isEqualTo("(đã ẩn danh)");
        }
    }

    @Test
    void anOfficerIsRefusedAndTheRetentionRuleIsSetAndCounted() throws Exception {
        Path officerPassword = Files.writeString(folder.resolve("canbo.txt"), "matkhau-456\n");
        Result refused = run("citizen", "anonymise", "--id-number", PrivacyFixtures.ID_NUMBER, "--yes",
                "--db", db.toString(), "--user", "canbo", "--password-file", officerPassword.toString());
        assertThat(refused.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(refused.err()).contains("Chỉ quản trị viên");

        Result off = run("citizen", "retention", "--db", db.toString());
        assertThat(off.code()).as(off.err()).isZero();
        assertThat(off.out().strip()).isEqualTo("Quy tắc lưu giữ: tắt.");
        Result dryRun = run("citizen", "retention", "--dry-run", "--years", "5", "--db", db.toString());
        assertThat(dryRun.out().strip()).isEqualTo("0 công dân sẽ được ẩn danh (mọi đơn đã đóng quá 5 năm).");
        Result set = run("citizen", "retention", "--years", "5", "--apply", "--db", db.toString());
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("quá 5 năm", "Đã ẩn danh 0 công dân");
        Result bad = run("citizen", "retention", "--years", "-1", "--db", db.toString());
        assertThat(bad.code()).isEqualTo(CommandLineApp.BAD_INPUT);
    }
}
