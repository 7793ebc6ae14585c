package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.TestServices;

/** {@code package export|import|fingerprint} through the real command line, on two offices' real databases. */
class PackageCommandTest {

    @TempDir
    Path folder;
    Path commune;
    Path district;
    Path passwordFile;
    Path passphraseFile;
    Path file;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(passwordFile), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    void init(Path db, String office) {
        Result init = run("init", "--db", db.toString(), "--office", office, "--level", "xa", "--province", "Phú Thọ",
                "--admin-user", "admin", "--admin-password-file", passwordFile.toString());
        assertThat(init.code()).as(init.err()).isZero();
    }

    @BeforeEach
    void twoOffices() throws Exception {
        passwordFile = Files.writeString(folder.resolve("pw.txt"), TestServices.ADMIN_PASSWORD + "\n");
        passphraseFile = Files.writeString(folder.resolve("passphrase.txt"), "gói tháng 10 / 2026\n");
        commune = folder.resolve("commune");
        district = folder.resolve("district");
        file = folder.resolve("usb").resolve("tan-lap-2026.dvpkg");
        Files.createDirectories(file.getParent());
        init(commune, "UBND xã Tân Lập");
        init(district, "Ban Dân vận cấp trên");
        Result demo = run("generate-demo", "--petitions", "40", "--db", commune.toString());
        assertThat(demo.code()).as(demo.err()).isZero();
    }

    @Test
    void exportThenImportTwice() {
        Result exported = run("package", "export", "--from", "2000-01-01", "--to", "2030-12-31", "--out",
                file.toString(), "--passphrase-file", passphraseFile.toString(), "--db", commune.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Đã xuất gói", "40 đơn", "Dấu vân tay khóa ký");
        Matcher fingerprint = Pattern.compile("([0-9A-F]{4} ){7}[0-9A-F]{4}").matcher(exported.out());
        assertThat(fingerprint.find()).isTrue();
        Result own = run("package", "fingerprint", "--db", commune.toString());
        assertThat(own.out()).contains(fingerprint.group());

        Result first = run("package", "import", file.toString(), "--passphrase-file", passphraseFile.toString(),
                "--fingerprint", fingerprint.group().toLowerCase(), "--db", district.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Đã nhập gói của UBND xã Tân Lập", "cập nhật 0,");
        Result second = run("package", "import", file.toString(), "--passphrase-file", passphraseFile.toString(),
                "--db", district.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("thêm mới 0, cập nhật 0, không đổi");
        Result back = run("package", "import", file.toString(), "--passphrase-file", passphraseFile.toString(),
                "--db", commune.toString());
        assertThat(back.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(back.err()).contains("chính văn phòng này");
    }

    @Test
    void reportsAreMadePerOfficeAndTheLocalOnesAreNotSwollenByImports() throws Exception {
        String year = String.valueOf(java.time.Year.now().getValue());
        Result before = run("report", "--period", year, "--format", "json", "--db", district.toString());
        assertThat(before.code()).as(before.err()).isZero();
        Result exported = run("package", "export", "--from", "2000-01-01", "--to", "2030-12-31", "--out",
                file.toString(), "--passphrase-file", passphraseFile.toString(), "--db", commune.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(run("package", "import", file.toString(), "--passphrase-file", passphraseFile.toString(),
                "--db", district.toString()).code()).isZero();

        Result local = run("report", "--period", year, "--format", "json", "--db", district.toString());
        assertThat(local.out()).isEqualTo(before.out());
        Result sender = run("report", "--period", year, "--format", "json", "--db", commune.toString());
        Result consolidated = run("report", "--period", year, "--format", "json", "--office", "UBND xã Tân Lập",
                "--db", district.toString());
        assertThat(consolidated.code()).as(consolidated.err()).isZero();
        assertThat(total(consolidated.out())).isEqualTo(total(sender.out())).isPositive();
        assertThat(total(local.out())).isZero();

        Path list = folder.resolve("list.csv");
        String month = java.time.YearMonth.now().toString();
        Result localList = run("export", "--month", month, "--format", "csv", "--out", list.toString(),
                "--db", district.toString());
        assertThat(localList.code()).as(localList.err()).isZero();
        assertThat(localList.out()).startsWith("Đã xuất 0 ");
        Result theirs = run("export", "--month", month, "--format", "csv", "--out", list.toString(), "--office",
                "UBND xã Tân Lập", "--db", district.toString());
        Result atSender = run("export", "--month", month, "--format", "csv", "--out", folder.resolve("s.csv")
                .toString(), "--db", commune.toString());
        assertThat(atSender.out()).doesNotStartWith("Đã xuất 0 ");
        assertThat(theirs.out().replace(list.toString(), "F")).isEqualTo(atSender.out().replace(
                folder.resolve("s.csv").toString(), "F"));
        assertThat(run("report", "--period", year, "--format", "json", "--office", "không có", "--db",
                district.toString()).err()).contains("Không có văn phòng nào");
    }

    static int total(String json) {
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aChangedPackageIsRefusedWithOneLine() throws Exception {
        Result exported = run("package", "export", "--from", "2026-01-01", "--to", "2026-12-31", "--out",
                file.toString(), "--passphrase-file", passphraseFile.toString(), "--db", commune.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(raw.length() / 2);
            int b = raw.read();
            raw.seek(raw.length() / 2);
            raw.write(b ^ 0x80);
        }
        Result refused = run("package", "import", file.toString(), "--passphrase-file", passphraseFile.toString(),
                "--db", district.toString());
        assertThat(refused.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(refused.err().strip()).startsWith("Chữ ký của gói không đúng").doesNotContain("\n");
    }

    @Test
    void aWeakPassphraseIsRefused() throws Exception {
        Files.writeString(passphraseFile, "12345\n");
        Result refused = run("package", "export", "--from", "2026-01-01", "--to", "2026-12-31", "--out",
                file.toString(), "--passphrase-file", passphraseFile.toString(), "--db", commune.toString());
        assertThat(refused.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(file).doesNotExist();
    }
}
