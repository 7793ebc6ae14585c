package vn.danvan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.report.MonthlyListFixtures.OCTOBER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.listimport.ListImportOptions;
import vn.danvan.desk.listimport.ListImportResult;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;

/**
 * The round trip of issue 5: the October list of the known story (masked identities, an anonymous petition, a
 * transfer, carried-over rows, formula-like texts) exported as CSV and as XLSX by the report's own writers, imported
 * into a new office's empty register, and exported again: the same rows, cell for cell, read back with commons-csv
 * and fastexcel-reader.
 */
class ListImportRoundTripTest {

    static final String ONE_PLUS_ONE = "=1+1";
    static final String MINUS_ABC = "-abc";

    @TempDir
    Path folder;
    MonthlyListFixtures data;

    @BeforeEach
    void story() {
        data = new MonthlyListFixtures(folder.resolve("a")).untilEndOfOctober().afterOctober();
        for (String summary : List.of(ONE_PLUS_ONE, MINUS_ABC)) {
            data.services.intake().receive(new PetitionDraft(LocalDate.of(2026, 10, 28), PetitionChannel.ONLINE,
                    PetitionKind.FEEDBACK, null, data.field, data.village, null, summary, 2, false, false, false,
                    PetitionerRef.create(new CitizenDraft("Trương Văn Công Thức", IdPaperType.CCCD, "001070000099",
                            null, data.village, "+Xóm Trại")), List.of(), false, false, false, null, "@ghi chú",
                    null, null), MonthlyListFixtures.ADMIN);
        }
    }

    @AfterEach
    void close() {
        data.services.close();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "XLSX"})
    void anExportedListImportsIntoAnEmptyRegisterAndExportsAgainRowForRow(ExportFormat format) throws Exception {
        Path first = export(data.services, format, "a");
        try (AppServices other = TestServices.openSetUp(folder.resolve("b"))) {
            ListImportResult result = other.listImport().importFile(first, new ListImportOptions(true, true, false),
                    Actor.system(), ProgressMonitor.NONE);
            assertThat(result.imported()).isEqualTo(11);
            assertThat(result.createdVillages()).containsExactly("Thôn Đông");
            assertThat(result.createdUnits()).containsExactly("Văn phòng UBND xã");
            Path second = export(other, format, "b");
            List<List<String>> again = rows(second, format);
            assertThat(again).isEqualTo(rows(first, format));
            assertThat(again.stream().filter(r -> r.size() > 1 && r.get(1).matches("[A-Z]+-2026-\\d{5}")))
                    .hasSize(11);

            var dsl = other.database().dsl();
            // the masked denouncer is nobody on file, never a person named "(bảo mật)"
            assertThat(dsl.fetchCount(vn.danvan.desk.common.db.generated.Tables.CITIZEN,
                    vn.danvan.desk.common.db.generated.Tables.CITIZEN.FULL_NAME.like("%bảo mật%"))).isZero();
            assertThat(dsl.select(PETITION.PETITIONER_ID, PETITION.CONFIDENTIAL).from(PETITION)
                    .where(PETITION.CODE.eq(data.code("P6"))).fetchSingle().into(Object[].class))
                    .containsExactly(null, true);
            assertThat(dsl.fetchCount(PETITION_EVENT, PETITION_EVENT.EVENT_TYPE.eq("IMPORTED"))).isEqualTo(11);
            assertThat(dsl.fetchCount(PETITION_EVENT, PETITION_EVENT.EVENT_TYPE.eq("STATUS_CHANGED"))).isZero();
            // the imported petitions are found by the search like any other
            assertThat(other.browser().page(PetitionFilter.all().withSearch("truong cong thuc"), PetitionSort.DEFAULT,
                    0, 50, Actor.system())).hasSize(2);
        }
    }

    static Path export(AppServices services, ExportFormat format, String name) {
        Path file = services.database().directory().getParent().resolve(name + "." + format.extension());
        services.monthlyList().export(OCTOBER, format, file, Actor.system(), false, ProgressMonitor.NONE);
        return file;
    }

    /** Every row of the file as the texts of its cells (a workbook's title block, totals and signer included). */
    static List<List<String>> rows(Path file, ExportFormat format) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        if (format == ExportFormat.CSV) {
            ExportedFiles.csv(file).forEach(r -> rows.add(r.toList()));
            return rows;
        }
        for (Row row : ExportedFiles.xlsx(file)) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(row.getCellText(i));
            }
            rows.add(cells);
        }
        return rows;
    }
}
