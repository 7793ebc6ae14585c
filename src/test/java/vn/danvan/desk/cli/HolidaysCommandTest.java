package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danvan.desk.TestServices;
import org.junit.jupiter.api.io.TempDir;

/** {@code holidays --year}: the weekdays off of a year, as a script reads them. */
class HolidaysCommandTest {

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
    }

    Path password;

    @org.junit.jupiter.api.BeforeEach
    void office() throws Exception {
        TestServices.openSetUp(folder.resolve("data")).close();
        password = java.nio.file.Files.writeString(folder.resolve("pw.txt"), TestServices.ADMIN_PASSWORD + "\n");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(password), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsTheWeekdaysOff2026InVietnamese() {
        Result result = run("holidays", "--year", "2026", "--db", folder.resolve("data").toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "2026-01-01\tTết Dương lịch",
                "2026-02-16\tTết Nguyên Đán",
                "2026-02-17\tTết Nguyên Đán",
                "2026-02-18\tTết Nguyên Đán",
                "2026-02-19\tTết Nguyên Đán",
                "2026-02-20\tTết Nguyên Đán",
                "2026-04-27\tNghỉ bù Giỗ Tổ Hùng Vương",
                "2026-04-30\tNgày Chiến thắng",
                "2026-05-01\tNgày Quốc tế Lao động",
                "2026-09-01\tQuốc khánh (ngày liền kề)",
                "2026-09-02\tQuốc khánh");
    }

    @Test
    void aYearOutsideTheCalendarIsBadInput() {
        Result result = run("--db", folder.resolve("data").toString(), "holidays", "--year", "1800");
        assertThat(result.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(result.err().strip()).isEqualTo("Năm từ 1900 đến 2200.");
        assertThat(run("holidays").code()).isEqualTo(CommandLineApp.BAD_INPUT); // --year is required
    }
}
