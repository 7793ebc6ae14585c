package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;

/** The jar a user gets, run as a separate process exactly as a script would run it. */
class PackagedJarIT {

    @TempDir
    Path folder;

    record Run(int code, String out, String err) {
    }

    Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", System.getProperty("danvan.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DANVAN_DB");
        builder.environment().put("HOME", folder.resolve("home").toString());
        builder.environment().put("DANVAN_PASSWORD_FILE", passwordFile().toString());
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    Path passwordFile() throws IOException {
        Path file = folder.resolve("pw");
        if (!Files.exists(file)) {
            Files.writeString(file, TestServices.ADMIN_PASSWORD + "\n");
        }
        return file;
    }

    Run init(Path db) throws IOException, InterruptedException {
        return jar("init", "--db", db.toString(), "--office", "UBND xã Tân Lập", "--level", "xa",
                "--province", "Phú Thọ", "--admin-user", TestServices.ADMIN, "--admin-password-file",
                passwordFile().toString());
    }

    @Test
    void versionHelpAndAVietnameseRoundTrip() throws Exception {
        Run version = jar("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).matches("danvan-desk \\d+\\.\\d+\\.\\d+.*");

        Path db = folder.resolve("db");
        Run init = init(db);
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("KHÓA KHÔI PHỤC");
        assertThat(jar("villages", "add", "Thôn Đồng Lạc", "--db", db.toString()).code()).isZero();
        Run list = jar("villages", "list", "--db", db.toString());
        assertThat(list.out()).contains("Thôn Đồng Lạc");
        assertThat(Files.exists(db.resolve("logs").resolve("danvan-desk.log"))).isTrue();
    }

    @Test
    void aSecondProgramOnAnOpenDatabaseIsRefusedClearly() throws Exception {
        Path db = folder.resolve("db");
        assertThat(init(db).code()).isZero();
        try (AppServices open = TestServices.logIn(db)) {
            Run second = jar("villages", "list", "--db", db.toString());
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.err().strip().lines()).hasSize(1);
            assertThat(second.err()).contains("đang được mở").doesNotContain("Exception");
        }
        assertThat(jar("villages", "list", "--db", db.toString()).code()).isZero();
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        Run bad = jar("villages", "list", "--bogus");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
