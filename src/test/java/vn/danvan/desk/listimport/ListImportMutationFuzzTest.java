package vn.danvan.desk.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.danvan.desk.listimport.ListFiles.row;
import static vn.danvan.desk.listimport.ListFiles.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.report.ExportFormat;
import vn.danvan.desk.security.Actor;

/**
 * Seeded random damage to lists exported by the app itself (CSV and XLSX), each imported into another office's
 * register: every case imports cleanly or is refused with a clear message, and a refusal changes nothing. Bounded by
 * {@link #BUDGET_MILLIS} and {@link #MAX_CASES} ({@code -Dfuzz.millis}, {@code -Dfuzz.cases} for a longer run); the
 * seed ({@code -Dfuzz.seed=N} to replay) is in every failure.
 */
class ListImportMutationFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
    static final long BUDGET_MILLIS = Long.getLong("fuzz.millis", 15_000);
    static final int MAX_CASES = Integer.getInteger("fuzz.cases", 300);

    @TempDir
    Path folder;

    @Test
    void damagedExportsImportCleanlyOrAreRefusedClearlyChangingNothing() {
        // a case that hangs fails the test instead of the build: the budget plus time for the set-up and one case
        assertTimeoutPreemptively(Duration.ofMillis(BUDGET_MILLIS).plusSeconds(45), this::fuzz);
    }

    private void fuzz() throws Exception {
        byte[] csv;
        byte[] xlsx;
        java.util.Map<String, byte[]> parts;
        try (AppServices source = ListImportFuzzTest.register(folder.resolve("source"))) {
            ImportAttempt seeded = ImportAttempt.run(source, ListFiles.csv(folder.resolve("seed.csv"), rows()),
                    new ListImportOptions(true, true, false));
            assertThat(seeded.imported()).as(seeded.describe()).isTrue();
            csv = Files.readAllBytes(export(source, ExportFormat.CSV));
            Path workbook = export(source, ExportFormat.XLSX);
            xlsx = Files.readAllBytes(workbook);
            parts = ListFileMutator.parts(workbook);
        }
        ListFileMutator mutator = new ListFileMutator(SEED);
        Path cases = Files.createDirectories(folder.resolve("cases"));
        int imported = 0;
        int refused = 0;
        try (AppServices target = ListImportFuzzTest.register(folder.resolve("target"))) {
            long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
            int n = 0;
            for (; n < MAX_CASES && System.currentTimeMillis() < deadline; n++) {
                boolean workbook = n % 2 == 1;
                byte[] damaged = workbook ? mutator.mutate(xlsx, parts) : mutator.mutate(csv, null);
                Path file = Files.write(cases.resolve("case-" + n + (workbook ? ".xlsx" : ".csv")), damaged);
                String before = ListFiles.dataFingerprint(target);
                ImportAttempt attempt = ImportAttempt.run(target, file, new ListImportOptions(true, true, false));
                String where = "seed " + SEED + ", case " + n + " (" + (workbook ? "xlsx" : "csv") + "): "
                        + mutator.description() + " -> " + attempt.describe();
                if (attempt.escaped() != null) {
                    fail(where);
                }
                if (attempt.imported()) {
                    imported++;
                } else {
                    refused++;
                    assertThat(attempt.unclearMessage()).as(where).isNull();
                    assertThat(ListFiles.dataFingerprint(target)).as(where).isEqualTo(before);
                }
                Files.delete(file);
            }
            System.out.printf("List mutation fuzz: seed %d, %d cases, %d imported, %d refused%n", SEED, n, imported,
                    refused);
            assertThat(n).as("cases run in the time budget").isGreaterThanOrEqualTo(20);
        }
        // both outcomes are exercised: the damage is neither always fatal nor always harmless
        assertThat(imported).isPositive();
        assertThat(refused).isPositive();
    }

    private static Path export(AppServices services, ExportFormat format) {
        Path file = services.database().directory().getParent().resolve("thang-10." + format.extension());
        services.monthlyList().export(YearMonth.of(2026, 10), format, file, Actor.system(), false,
                ProgressMonitor.NONE);
        return file;
    }

    /** Rows of every shape the list has: a person, the anonymous, a transfer, a resolved one, an odd summary. */
    private static String[][] rows() {
        String[] person = row("", "Trần Văn Một", "001080000001");
        return List.of(person,
                with(with(with(person, "Người gửi", "Nặc danh"), "Số định danh", ""), "Địa chỉ", ""),
                with(with(row("KN-2026-00031", "Lê Thị Hai", "001080000002"), "Trạng thái", "Đã giải quyết"),
                        "Ngày giải quyết", "15/10/2026"),
                with(row("", "Phạm Văn Ba", "001080000003"), "Nội dung tóm tắt", "=1+1 \"trích\", xuống\ndòng"),
                with(row("", "Đỗ Thị Bốn", ""), "Số người", "7")).toArray(String[][]::new);
    }
}
