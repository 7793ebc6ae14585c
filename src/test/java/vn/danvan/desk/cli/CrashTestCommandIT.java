package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crash-test} from the packaged jar, as the stress command is documented (the writer is the jar too). */
class CrashTestCommandIT {

    @TempDir
    Path folder;

    record Run(int code, String out, String err) {
    }

    Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("danvan.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DANVAN_DB");
        builder.environment().put("HOME", folder.resolve("home").toString());
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void twoKillsOfTheJarsOwnWriterLoseNothing() throws Exception {
        Path db = folder.resolve("crash");
        Run run = jar("crash-test", "--runs", "2", "--db", db.toString(), "--seed", "7", "--window-ms", "500");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines()).anyMatch(line -> line.startsWith("Lần 2/2: dừng đột ngột lúc đang ghi"))
                .last().asString().matches("Kết quả: 2 lần, đã lưu \\d+, mất 0, hỏng 0, lỗi kiểm thử 0 \\(\\d+ giây\\)");
    }

    @Test
    void anOfficesRealDataFolderIsNeverUsed() throws Exception {
        Path office = folder.resolve("office");
        Files.createDirectories(office);
        Files.writeString(office.resolve("danvan.mv.db"), "not a test database");
        Run run = jar("crash-test", "--runs", "1", "--db", office.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("không trống");
        assertThat(Files.readString(office.resolve("danvan.mv.db"))).isEqualTo("not a test database");
    }
}
