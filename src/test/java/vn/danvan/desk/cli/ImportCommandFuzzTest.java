package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;

/**
 * A few malformed lists of the fuzz corpus through the real command line: exit code 2, one clear line per problem on
 * the error stream (no stack trace, no library message, no control character echoed to the terminal), nothing saved.
 */
class ImportCommandFuzzTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"truncated-mid-quote.csv", "utf16le-no-bom.csv", "string-index-out-of-range.xlsx",
        "xxe-external.xlsx"})
    void aMalformedListIsRefusedWithAClearLineAndExitCodeTwo(String name) throws Exception {
        Path file = Path.of(getClass().getResource("/fuzz/list/" + name).toURI());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(new String[] {"import", file.toString(), "--db", db.toString()},
                TestServices.cliEnvironment(password), new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(err.toString()).isNotBlank().contains(name.contains("quote") ? "dòng 3: " : name)
                .doesNotContain("Exception", "\tat ", "java.", "org.", "root:")
                .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
        try (AppServices services = TestServices.open(db)) {
            assertThat(services.database().dsl().fetchCount(PETITION)).isZero();
        }
    }
}
