package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.danvan.desk.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on a real database: what a script sees (exit code, stdout, stderr). */
class CommandLineAppTest {

    @TempDir
    Path folder;
    Path db;
    Path passwordFile;

    @BeforeEach
    void files() throws IOException {
        db = folder.resolve("data");
        passwordFile = Files.writeString(folder.resolve("pw.txt"), "matkhau-123\n");
    }

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(passwordFile), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    Result init() {
        return run("init", "--db", db.toString(), "--office", "UBND xã Tân Lập", "--level", "xa", "--province",
                "Phú Thọ", "--code", "12345", "--admin-user", "admin", "--admin-password-file", passwordFile.toString());
    }

    @Test
    void generateDemoFillsTheRegisterAndBenchTimesItAgainstJdbc() throws Exception {
        assertThat(init().code()).isZero();
        Result demo = run("generate-demo", "--petitions", "3000", "--seed", "7", "--db", db.toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("3000 đơn mẫu");
        try (var services = TestServices.logIn(db)) {
            var admin = vn.danvan.desk.security.Actor.system();
            var all = vn.danvan.desk.petition.PetitionFilter.all();
            assertThat(services.browser().count(all, admin).count()).isEqualTo(3000);
            assertThat(services.browser().count(all.withKind(vn.danvan.desk.petition.PetitionKind.DENUNCIATION),
                    admin).count()).isPositive();
            assertThat(services.browser().deadlineCounts().overdue()).isPositive();
            assertThat(services.villages().all()).hasSize(12);
            // codes made later in the app continue the demo's sequences
            assertThat(services.browser().page(all, new vn.danvan.desk.petition.PetitionSort(
                    vn.danvan.desk.petition.PetitionSort.Column.CODE, false), 0, 1, admin).get(0).code())
                    .matches("[A-Z]+-2026-\\d{5}");
        }
        Result bench = run("bench", "--runs", "3", "--search", "nguyen", "--db", db.toString());
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("first page", "filtered page", "search \"nguyen\"", "overdue count",
                "jdbc p95");

        Result dashboard = run("bench", "--dashboard", "--runs", "2", "--db", db.toString());
        assertThat(dashboard.code()).as(dashboard.err()).isZero();
        assertThat(dashboard.out()).contains("whole page (the three parts)", "page: cards", "page: deadline lists",
                "page: charts + settlement rate", "query: the charts' 12 months");
        String openLine = dashboard.out().lines().filter(l -> l.startsWith("query: open petitions")).findFirst()
                .orElseThrow();
        try (var services = TestServices.logIn(db)) {
            int open = services.dashboard().summary(services.dashboard().dates()).cards().open();
            assertThat(open).isPositive();
            assertThat(openLine).endsWith(" " + open);
        }
    }

    @Test
    void generateDemoRefusesAnOfficeNotSetUp() {
        Result demo = run("generate-demo", "--petitions", "10", "--db", db.toString());
        assertThat(demo.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(demo.err()).contains("hãy chạy lệnh init trước");
    }

    @Test
    void initThenVillagesAddListRenameMerge() {
        Result init = init();
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("UBND xã Tân Lập", "admin");

        assertThat(run("villages", "add", "Thôn Đông", "--db", db.toString()).code()).isZero();
        assertThat(run("--db", db.toString(), "villages", "add", "Tổ dân phố 3", "--kind", "to-dan-pho").code())
                .isZero();
        Result list = run("villages", "list", "--db", db.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out()).contains("Thôn Đông\tThôn\t", "Tổ dân phố 3\tTổ dân phố\t");

        Result rename = run("villages", "rename", "thon dong", "Thôn Đông Hòa", "--db", db.toString());
        assertThat(rename.code()).isZero();
        assertThat(rename.out()).contains("Thôn Đông Hòa");

        Result merge = run("villages", "merge", "Thôn Đông Hòa", "--into", "TỔ DÂN PHỐ 3", "--db", db.toString());
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("Thôn Đông Hòa", "Tổ dân phố 3");
        assertThat(run("villages", "list", "--db", db.toString()).out().lines()).hasSize(1);
        assertThat(run("villages", "list", "--all", "--db", db.toString()).out()).contains("Đã gộp");
    }

    @Test
    void badUsageExitsTwoWithOneLineAndNoStackTrace() {
        Result unknown = run("villages", "frob");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip().lines()).hasSize(1);

        Result missing = run("init", "--db", db.toString(), "--office", "X");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badInputExitsTwoWithAClearMessageAndSavesNothing() {
        Result badCode = run("init", "--db", db.toString(), "--office", "UBND xã Tân Lập", "--level", "xa",
                "--province", "Phú Thọ", "--code", "12", "--admin-user", "admin", "--admin-password-file",
                passwordFile.toString());
        assertThat(badCode.code()).isEqualTo(2);
        assertThat(badCode.err().strip()).isEqualTo("Mã xã gồm đúng 5 chữ số (ví dụ 00004), hoặc để trống.");

        Result badLevel = run("init", "--db", db.toString(), "--office", "X", "--level", "huyen", "--province",
                "Phú Thọ", "--admin-user", "admin", "--admin-password-file", passwordFile.toString());
        assertThat(badLevel.code()).isEqualTo(2);
        assertThat(badLevel.err()).contains("huyen");

        Result noPasswordFile = run("init", "--db", db.toString(), "--office", "X", "--level", "xa", "--province",
                "Phú Thọ", "--admin-user", "admin", "--admin-password-file", folder.resolve("none").toString());
        assertThat(noPasswordFile.code()).isEqualTo(2);

        assertThat(init().code()).isZero(); // nothing half-done was left behind by the refusals
        assertThat(init().code()).isEqualTo(2); // but only once

        Result unknownVillage = run("villages", "rename", "Thôn Ma", "Thôn Mới", "--db", db.toString());
        assertThat(unknownVillage.code()).isEqualTo(2);
        assertThat(unknownVillage.err()).contains("Thôn Ma");
        Result emptyName = run("villages", "add", " ", "--db", db.toString());
        assertThat(emptyName.code()).isEqualTo(2);
        assertThat(run("villages", "list", "--all", "--db", db.toString()).out()).isEmpty();
    }

    @Test
    void versionAndHelp() {
        Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("danvan-desk ");
        Result help = run("--help");
        assertThat(help.out()).contains("init", "villages", "--db");
        assertThat(CommandLineApp.wantsCommandLine(new String[] {"--db", "x"})).isFalse();
        assertThat(CommandLineApp.wantsCommandLine(new String[] {"--db", "x", "villages", "list"})).isTrue();
        assertThat(CommandLineApp.wantsCommandLine(new String[0])).isFalse();
    }

    @Test
    void everyCommandLogsInAndTheRecoveryKeyPrintedByInitSetsANewPassword() throws Exception {
        Result init = init();
        assertThat(init.code()).as(init.err()).isZero();
        String key = init.out().lines().map(String::strip).filter(l -> l.matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"))
                .findFirst().orElseThrow();
        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "sai-mat-khau\n");
        Result refused = run("villages", "list", "--db", db.toString(), "--password-file", wrong.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");

        Path keyFile = Files.writeString(folder.resolve("key.txt"), key.toLowerCase() + "\n");
        Path fresh = Files.writeString(folder.resolve("new.txt"), "mat-khau-moi\n");
        Result recovered = run("recover", "--db", db.toString(), "--user", "admin", "--recovery-key-file",
                keyFile.toString(), "--new-password-file", fresh.toString());
        assertThat(recovered.code()).as(recovered.err()).isZero();
        assertThat(recovered.out()).contains("Đã đặt mật khẩu mới cho «admin»");
        assertThat(run("villages", "list", "--db", db.toString()).code()).isEqualTo(2); // the old password
        assertThat(run("villages", "list", "--db", db.toString(), "--password-file", fresh.toString()).code())
                .isZero();
        assertThat(Files.readString(db.resolve("danvan.mv.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("H2encrypt");
    }
}
