package vn.danvan.desk.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.common.db.generated.Tables.IMPORT_RUN;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.listimport.ListFiles.csv;
import static vn.danvan.desk.listimport.ListFiles.row;
import static vn.danvan.desk.listimport.ListFiles.with;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.StoppingMonitor;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;

/**
 * A list import commits a thousand rows at a time (V12) and stays all or nothing: a run stopped after some chunks
 * were committed — cancelled, failed, or its process gone — is undone, and only its own rows go.
 */
class ImportRunTest {

    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void register() {
        services = TestServices.openSetUp(folder.resolve("db"));
        services.villages().add("Thôn Đông", VillageKind.THON);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    /** 2,500 new petitions, each from a new person, a new village named on the last row. */
    Path bigList() throws Exception {
        String[][] rows = new String[2500][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row("", "Người Số " + i, String.format("0010800%05d", i));
        }
        rows[rows.length - 1] = with(rows[rows.length - 1], "Thôn, tổ dân phố", "Thôn Mới Lập");
        return csv(folder.resolve("big.csv"), rows);
    }

    int petitions() {
        return services.database().dsl().fetchCount(PETITION);
    }

    /** The petitions another session sees: only what is committed. */
    int committedPetitions() {
        try (var connection = services.database().jdbcConnection();
             var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM petition")) {
            count.next();
            return count.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> runStates() {
        return services.database().dsl().select(IMPORT_RUN.STATE).from(IMPORT_RUN).orderBy(IMPORT_RUN.STATE)
                .fetch(IMPORT_RUN.STATE);
    }

    @Test
    void chunksAreCommittedAsTheyGoAndACancelUndoesThemAll() throws Exception {
        Path file = bigList();
        receive("Người Có Trước", PetitionKind.RECOMMENDATION);
        String before = ListFiles.dataFingerprint(services);
        List<Integer> seen = new ArrayList<>();
        ListImportOptions create = new ListImportOptions(true, false, false);

        assertThatThrownBy(() -> services.listImport().importFile(file, create, Actor.system(),
                StoppingMonitor.at(2000, done -> seen.add(committedPetitions()))))
                .isInstanceOf(CancellationException.class);

        assertThat(seen).contains(1 + 2000);
        assertThat(ListFiles.dataFingerprint(services)).isEqualTo(before);
        assertThat(services.villages().all()).noneMatch(v -> v.name().equals("Thôn Mới Lập"));
        assertThat(runStates()).containsExactly("UNDONE");
        assertThat(services.database().dsl().select(AUDIT_LOG.DETAILS).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq(ImportRunUndo.AUDIT_ACTION)).fetchSingle().value1())
                .contains("big.csv", "2000 đơn", "Thôn Mới Lập");

        ListImportResult again = services.listImport().importFile(file, create, Actor.system(),
                ProgressMonitor.NONE);
        assertThat(again.imported()).isEqualTo(2500);
        assertThat(runStates()).containsExactly("DONE", "UNDONE");
        assertThat(services.database().dsl().fetchCount(PETITION_EVENT)).isEqualTo(1 + 2500);
        assertThat(services.browser().page(PetitionFilter.all().withSearch("nguoi so 2499"), PetitionSort.DEFAULT, 0,
                10, Actor.system())).hasSize(1);
    }

    @Test
    void aChunksHistoryThatCannotBeWrittenStopsTheImportAndUndoesItWhole() throws Exception {
        Path file = bigList();
        String before = ListFiles.dataFingerprint(services);
        // the history of row 1502 (in the second chunk) is refused: by then that chunk's petitions are committed,
        // and its history is written on the import's second thread while the third chunk is written
        services.database().dsl().execute("ALTER TABLE petition_event ADD CONSTRAINT refuse_row_1502"
                + " CHECK (note NOT LIKE '%dòng 1502')");

        assertThatThrownBy(() -> services.listImport().importFile(file, new ListImportOptions(true, false, false),
                Actor.system(), ProgressMonitor.NONE)).rootCause().hasMessageContaining("REFUSE_ROW_1502");

        services.database().dsl().execute("ALTER TABLE petition_event DROP CONSTRAINT refuse_row_1502");
        assertThat(ListFiles.dataFingerprint(services)).isEqualTo(before);
        assertThat(runStates()).containsExactly("UNDONE");
        assertThat(services.listImport().importFile(file, new ListImportOptions(true, false, false), Actor.system(),
                ProgressMonitor.NONE).imported()).isEqualTo(2500);
        assertThat(services.database().dsl().fetchCount(PETITION_EVENT)).isEqualTo(2500);
        assertThat(services.database().dsl().fetchCount(vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH))
                .isEqualTo(2500);
    }

    @Test
    void aRunLeftWritingByAStoppedProcessIsUndoneWhenTheDatabaseNextOpens() throws Exception {
        Path file = bigList();
        String before = ListFiles.dataFingerprint(services);
        // the process "dies" after two chunks: the database closes under the import, nothing can be undone now
        assertThatThrownBy(() -> services.listImport().importFile(file, new ListImportOptions(true, false, false),
                Actor.system(), StoppingMonitor.at(Long.MAX_VALUE, done -> {
                    if (done >= 2000) {
                        services.close();
                        throw new IllegalStateException("process gone");
                    }
                }))).hasMessageContaining("process gone");

        services = TestServices.open(folder.resolve("db"));
        assertThat(ListFiles.dataFingerprint(services)).isEqualTo(before);
        assertThat(runStates()).containsExactly("UNDONE");
        assertThat(services.listImport().undoUnfinished()).isZero();
    }

    @Test
    void anUndoDeletesOnlyTheRowsCarryingTheRunsTag() {
        Petition bystander = receive("Người Không Liên Quan", PetitionKind.FEEDBACK);
        long millis = bystander.id().getMostSignificantBits() >>> 16;
        ImportRun run = new ImportRun(UUID.randomUUID(), "khac.csv", null, millis - 5, millis + 5, 0x1234_5678,
                1_000_000, 1, 1);
        ImportRunRepository runs = new ImportRunRepository(services.database(), Clock.systemUTC());
        services.database().transactions().run(() -> runs.start(run));
        // the petition's id falls in the run's range: only the missing tag keeps it
        assertThat(runs.petitionIdsInRange(run, null, 10)).containsExactly(bystander.id());

        assertThat(services.listImport().undoUnfinished()).isEqualTo(1);

        assertThat(services.petitions().require(bystander.id()).summary()).contains("Người Không Liên Quan");
        assertThat(runStates()).containsExactly("UNDONE");
    }

    @Test
    void noImportStartsWhileAnEarlierOneCannotBeUndone() throws Exception {
        // a run whose undo fails: the village it "created" is used by a petition entered meanwhile
        UUID village = services.villages().add("Thôn Vướng", VillageKind.THON).id();
        receive("Người Ở Thôn Vướng", PetitionKind.FEEDBACK, village);
        ImportRun run = new ImportRun(UUID.randomUUID(), "vuong.csv", null, 1_000, 2_000, 7, 2_000_000, 1, 1);
        ImportRunRepository runs = new ImportRunRepository(services.database(), Clock.systemUTC());
        services.database().transactions().run(() -> {
            runs.start(run);
            runs.created(run.id(), ImportRunRepository.Created.VILLAGE, village);
        });
        assertThat(services.listImport().undoUnfinished()).isZero();
        Path file = csv(folder.resolve("one.csv"), row("", "Người Một", "001080000001"));

        assertThatThrownBy(() -> services.listImport().importFile(file, ListImportOptions.none(), Actor.system(),
                ProgressMonitor.NONE)).isInstanceOfSatisfying(vn.danvan.desk.common.UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("listimport.error.notUndone"));
        assertThat(petitions()).isEqualTo(1);

        // once nothing holds it, the next import undoes it first, then imports
        services.database().dsl().deleteFrom(vn.danvan.desk.common.db.generated.Tables.IMPORT_RUN_CREATED).execute();
        assertThat(services.listImport().importFile(file, ListImportOptions.none(), Actor.system(),
                ProgressMonitor.NONE).imported()).isEqualTo(1);
        assertThat(runStates()).containsExactly("DONE", "UNDONE");
    }

    @Test
    void aFileThatUpdatesPetitionsOnFileIsWrittenInOneTransaction() throws Exception {
        services.listImport().importFile(csv(folder.resolve("one.csv"), row("KNG-2026-09999", "Người Một",
                "001080009999")), ListImportOptions.none(), Actor.system(), ProgressMonitor.NONE);
        String[][] rows = new String[2500][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(i == 0 ? "KNG-2026-09999" : "", "Người Số " + i, String.format("0010800%05d", i));
        }
        Path updating = csv(folder.resolve("update.csv"), rows);
        String before = ListFiles.dataFingerprint(services);
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> services.listImport().importFile(updating, new ListImportOptions(false, false, true),
                Actor.system(), StoppingMonitor.at(2000, done -> seen.add(committedPetitions()))))
                .isInstanceOf(CancellationException.class);

        assertThat(seen).containsOnly(1);
        assertThat(ListFiles.dataFingerprint(services)).isEqualTo(before);
    }

    @Test
    void runIdsAreTimeOrderedTaggedAndBounded() {
        ImportRunIds ids = new ImportRunIds(1_790_000_000_000L, 3, 0xCAFE_F00D, new Random(7));
        UUID a = ids.next();
        UUID b = ids.next();
        UUID c = ids.next();
        assertThat(List.of(a, b, c)).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(ImportRunIds.tagged(id, 0xCAFE_F00D)).isTrue();
            assertThat(ImportRunIds.tagged(id, 0xCAFE_F00E)).isFalse();
            assertThat(id.compareTo(ImportRunIds.lowest(ids.firstMillis()))).isPositive();
            assertThat(id.compareTo(ImportRunIds.above(ids.lastMillis()))).isNegative();
        });
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(c)).isNegative();
        assertThatThrownBy(ids::next).isInstanceOf(IllegalStateException.class);
    }

    private Petition receive(String name, PetitionKind kind) {
        return receive(name, kind, services.villages().all().get(0).id());
    }

    private Petition receive(String name, PetitionKind kind, UUID village) {
        var field = services.fields().all().get(0).id();
        return services.intake().receive(new PetitionDraft(LocalDate.of(2026, 10, 5), PetitionChannel.POST, kind,
                null, field, village, null, "Đơn của " + name, 1, false, false, false,
                PetitionerRef.create(new CitizenDraft(name, IdPaperType.CCCD, null, null, village, null)), List.of(),
                false, false, false, null, null, null, null), Actor.system());
    }
}
