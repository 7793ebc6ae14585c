package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.TestServices;

/** {@code backup} and {@code restore} end to end: exit codes, one-line summaries, the data left as it should be. */
class BackupCommandTest {

    @TempDir
    Path folder;
    Path db;
    Path passwordFile;
    Path backup;
    String recoveryKey;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(passwordFile), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void anOfficeWithOneVillageBackedUp() throws Exception {
        db = folder.resolve("data");
        backup = folder.resolve("usb").resolve("danvan.dvbak");
        passwordFile = Files.writeString(folder.resolve("pw.txt"), TestServices.ADMIN_PASSWORD + "\n");
        Result init = run("init", "--db", db.toString(), "--office", "UBND xã Tân Lập", "--level", "xa",
                "--province", "Phú Thọ", "--admin-user", "admin", "--admin-password-file", passwordFile.toString());
        assertThat(init.code()).as(init.err()).isZero();
        Matcher key = Pattern.compile("([A-Z2-7]{4}-){7}[A-Z2-7]{4}").matcher(init.out());
        assertThat(key.find()).isTrue();
        recoveryKey = key.group();
        assertThat(run("villages", "add", "Thôn Đông", "--db", db.toString()).code()).isZero();
        Result done = run("backup", "--out", backup.toString(), "--db", db.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out().strip()).startsWith("Đã sao lưu vào " + backup).contains("0 đơn").doesNotContain("\n");
        assertThat(backup).isRegularFile();
        assertThat(run("villages", "add", "Thôn Tây", "--db", db.toString()).code()).isZero();
    }

    String villages() {
        return run("villages", "list", "--db", db.toString()).out();
    }

    @Test
    void restoreReplacesTheDataAndKeepsTheOldAside() throws Exception {
        assertThat(villages()).contains("Thôn Đông", "Thôn Tây");
        Result restored = run("restore", backup.toString(), "--db", db.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out().strip()).startsWith("Đã khôi phục bản sao lưu ngày").contains("before-restore-");
        assertThat(villages()).contains("Thôn Đông").doesNotContain("Thôn Tây");
    }

    @Test
    void theRecoveryKeyRestoresIntoAnEmptyFolder() throws Exception {
        Path keyFile = Files.writeString(folder.resolve("key.txt"), recoveryKey.toLowerCase() + "\n");
        Path elsewhere = folder.resolve("new-laptop");
        Result restored = run("restore", backup.toString(), "--recovery-key-file", keyFile.toString(),
                "--db", elsewhere.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).doesNotContain("before-restore-");
        assertThat(run("villages", "list", "--db", elsewhere.toString()).out()).contains("Thôn Đông");
    }

    @Test
    void aChangedBackupAWrongPasswordOrAMissingFileExitWith2AndChangeNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 5000] ^= 0x20;
        Path changed = Files.write(folder.resolve("changed.dvbak"), bytes);
        Result refused = run("restore", changed.toString(), "--db", db.toString());
        assertThat(refused.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(refused.err()).contains("bị hỏng hoặc đã bị sửa");

        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "sai-mat-khau\n");
        Result wrongPassword = run("restore", backup.toString(), "--db", db.toString(),
                "--password-file", wrong.toString());
        assertThat(wrongPassword.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(wrongPassword.err()).contains("mật khẩu không đúng");

        Result missing = run("restore", folder.resolve("none.dvbak").toString(), "--db", db.toString());
        assertThat(missing.code()).isEqualTo(CommandLineApp.BAD_INPUT);

        assertThat(villages()).contains("Thôn Đông", "Thôn Tây");
        try (var files = Files.list(db)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("before-restore-") || n.startsWith(".restore-"));
        }
    }
}
