package vn.danvan.desk.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.listimport.ListFiles.csv;
import static vn.danvan.desk.listimport.ListFiles.row;
import static vn.danvan.desk.listimport.ListFiles.with;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.security.Actor;

/** The list import on a real register: what it refuses, row by row, and what it saves. */
class ListImportServiceTest {

    static final ListImportOptions PLAIN = ListImportOptions.none();
    static final Messages VI = Messages.of(AppLanguage.VI);

    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void register() {
        services = TestServices.openSetUp(folder.resolve("db"));
        services.villages().add("Thôn Đông", VillageKind.THON);
        services.units().add("Văn phòng UBND xã", HandlingUnitKind.COMMUNE, null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    ListImportResult importFile(Path file, ListImportOptions options) {
        return services.listImport().importFile(file, options, Actor.system(), ProgressMonitor.NONE);
    }

    Petition petition(String code) {
        return services.petitions().require(services.database().dsl().select(PETITION.ID).from(PETITION)
                .where(PETITION.CODE.eq(code)).fetchSingle().value1());
    }

    static Stream<Arguments> badRows() {
        String[] good = row("KNG-2026-00007", "Lê Văn Ba", "001080000003");
        return Stream.of(
                Arguments.of(with(good, "Nội dung tóm tắt", ""), "Nội dung tóm tắt", "listimport.problem.required",
                        "Bắt buộc, không được để trống"),
                Arguments.of(with(good, "Loại đơn", "Thư khen"), "Loại đơn", "listimport.problem.kind",
                        "Loại đơn «Thư khen» không có"),
                Arguments.of(with(good, "Lĩnh vực", "Thể thao"), "Lĩnh vực", "listimport.problem.field",
                        "Lĩnh vực «Thể thao» không có trong danh mục"),
                Arguments.of(with(good, "Ngày tiếp nhận", "31/02/2026"), "Ngày tiếp nhận", "listimport.problem.date",
                        "«31/02/2026» không phải ngày"),
                Arguments.of(with(good, "Số định danh", "0010800003"), "Số định danh", "listimport.problem.idNumber",
                        "phải gồm đúng 12 chữ số"),
                Arguments.of(with(good, "Hạn giải quyết", "01/10/2026"), "Hạn giải quyết",
                        "listimport.problem.dueBeforeReceived", "Hạn giải quyết 01/10/2026 trước ngày tiếp nhận 05/10/2026"),
                Arguments.of(with(good, "Trạng thái", "Đang chờ"), "Trạng thái", "listimport.problem.status",
                        "Trạng thái «Đang chờ» không có"),
                Arguments.of(with(good, "Số người", "hai"), "Số người", "listimport.problem.people",
                        "Số người «hai» phải là số nguyên"),
                Arguments.of(with(good, "Số người", "0"), "Số người", "listimport.problem.people",
                        "Số người «0» phải là số nguyên"),
                Arguments.of(with(with(good, "Ngày tiếp nhận", "05/10/2027"), "Hạn giải quyết", ""), "Ngày tiếp nhận",
                        "listimport.problem.futureDate", "Ngày 05/10/2027 chưa đến"),
                Arguments.of(with(good, "Mã đơn", "KNG-2026-00001"), "Mã đơn", "listimport.problem.repeatedCode",
                        "Mã đơn KNG-2026-00001 đã có ở dòng 2 của tệp"),
                Arguments.of(with(good, "Người gửi", "(bảo mật)"), "Số định danh",
                        "listimport.problem.identityWithoutPerson", "không ghi số định danh"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void aBadRowIsReportedWithItsRowColumnAndReasonAndNothingIsSaved(String[] bad, String column, String key,
                                                                      String text) throws Exception {
        Path file = csv(folder.resolve("list.csv"), row("KNG-2026-00001", "Trần Văn Một", "001080000001"), bad,
                row("", "Phạm Thị Hai", "001080000002"));
        String before = ListFiles.fingerprint(services);

        assertThatThrownBy(() -> importFile(file, PLAIN)).isInstanceOfSatisfying(ListImportException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            RowProblem problem = e.problems().get(0);
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.problem().messageKey()).isEqualTo(key);
            assertThat(VI.get(key, problem.problem().arguments())).contains(text);
        });
        assertThat(ListFiles.fingerprint(services)).isEqualTo(before);
        ListImportCheck check = services.listImport().check(file, ProgressMonitor.NONE);
        assertThat(check.valid()).isFalse();
        assertThat(check.rows()).isEqualTo(3);
    }

    @Test
    void everyProblemOfTheFileIsReportedInRowOrder() throws Exception {
        Path file = csv(folder.resolve("list.csv"),
                with(with(row("", "A Một", "001080000001"), "Loại đơn", "x"), "Lĩnh vực", "y"),
                row("", "B Hai", "001080000002"),
                with(row("", "C Ba", "001080000003"), "Ngày tiếp nhận", ""));
        ListImportCheck check = services.listImport().check(file, ProgressMonitor.NONE);
        assertThat(check.problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(tuple(2, "Loại đơn"),
                        tuple(2, "Lĩnh vực"),
                        tuple(4, "Ngày tiếp nhận"));
    }

    @Test
    void aFileCheckedThenChangedOrWhoseCatalogsChangedIsCheckedAgainBeforeItsImport() throws Exception {
        Path file = csv(folder.resolve("list.csv"), row("", "Trần Văn Một", "001080000001"),
                with(row("", "Trần Văn Hai", "001080000002"), "Thôn, tổ dân phố", "Thôn Mới"));
        ListImportOptions create = new ListImportOptions(true, false, false);
        assertThat(services.listImport().check(file, ProgressMonitor.NONE).villagesToCreate())
                .containsExactly("Thôn Mới");
        // the village appears in the catalog between the check and the import: it is used, not created twice
        services.villages().add("Thôn Mới", VillageKind.THON);
        assertThat(importFile(file, create).createdVillages()).isEmpty();
        assertThat(services.villages().all()).filteredOn(v -> v.name().equals("Thôn Mới")).hasSize(1);

        Path other = csv(folder.resolve("other.csv"), row("", "Lê Thị Ba", "001080000003"));
        assertThat(services.listImport().check(other, ProgressMonitor.NONE).valid()).isTrue();
        csv(other, with(row("", "Lê Thị Ba", "001080000003"), "Loại đơn", "Thư khen"));
        String before = ListFiles.fingerprint(services);
        assertThatThrownBy(() -> importFile(other, PLAIN)).isInstanceOf(ListImportException.class);
        assertThat(ListFiles.fingerprint(services)).isEqualTo(before);

        assertThat(services.listImport().check(other, ProgressMonitor.NONE).valid()).isFalse();
        csv(other, row("", "Lê Thị Ba", "001080000003"));
        assertThat(services.listImport().check(other, ProgressMonitor.NONE).valid()).isTrue();
        assertThat(importFile(other, PLAIN).imported()).isEqualTo(1);
    }

    @Test
    void reimportingSkipsCodesOnFileAndUpdatesThemOnRequest() throws Exception {
        Path file = csv(folder.resolve("list.csv"), row("KNG-2026-00001", "Trần Văn Một", "001080000001"),
                row("KNG-2026-00002", "Phạm Thị Hai", "001080000002"));
        assertThat(importFile(file, PLAIN).imported()).isEqualTo(2);
        String before = ListFiles.dataFingerprint(services);

        ListImportResult again = importFile(file, PLAIN);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.skippedRows()).extracting(ListImportResult.Skipped::row).containsExactly(2, 3);
        assertThat(ListFiles.dataFingerprint(services)).isEqualTo(before);
        assertThat(services.listImport().check(file, ProgressMonitor.NONE).existingRows()).isEqualTo(2);

        Path changed = csv(folder.resolve("changed.csv"), with(with(with(row("KNG-2026-00001", "Trần Văn Một",
                "001080000001"), "Trạng thái", "Đã giải quyết"), "Ngày giải quyết", "10/11/2026"),
                        "Nội dung tóm tắt", "Đề nghị nạo vét kênh mương"),
                row("KNG-2026-00003", "Đỗ Văn Ba", "001080000003"));
        ListImportResult updated = importFile(changed, new ListImportOptions(false, false, true));
        assertThat(updated.updated()).isEqualTo(1);
        assertThat(updated.imported()).isEqualTo(1);
        Petition p = petition("KNG-2026-00001");
        assertThat(p.status()).isEqualTo(PetitionStatus.RESOLVED);
        assertThat(p.resolvedDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(p.summary()).isEqualTo("Đề nghị nạo vét kênh mương");
        assertThat(services.petitions().detail(p.id()).history()).extracting(e -> e.type().name(), e -> e.note())
                .contains(tuple("STATUS_CHANGED", "Cập nhật từ danh sách «changed.csv», dòng 2"),
                        tuple("IMPORTED", "Cập nhật từ danh sách «changed.csv», dòng 2"));
        assertThat(services.browser().page(PetitionFilter.all().withSearch("nao vet"), PetitionSort.DEFAULT, 0, 10,
                Actor.system())).hasSize(1);
        assertThat(services.browser().page(PetitionFilter.all().withSearch("giay chung nhan tran"),
                PetitionSort.DEFAULT, 0, 10, Actor.system())).isEmpty();
        assertThat(services.database().dsl().fetchCount(PETITION)).isEqualTo(3);
    }

    @Test
    void headersAndLabelsAreMatchedWithoutAccentsOrCaseSemicolonsAndIsoDatesToo() throws Exception {
        String text = "ngay tiep nhan;LOAI DON;linh vuc;noi dung tom tat;nguon tiep nhan;trang thai;han giai quyet;"
                + "NGUOI GUI;so dinh danh;thon, to dan pho\n"
                + "2026-10-05;kien nghi;DAT DAI;Đề nghị sửa cầu;tiep cong dan truc tiep;dang giai quyet;2026-11-20;"
                + "Hà Văn Bốn;001 080 000 004;thon dong\n"
                + "6/10/2026;Khiếu nại;đất đai;Khiếu nại đền bù;;;;;;\n";
        Path file = Files.writeString(folder.resolve("loose.csv"), text, StandardCharsets.UTF_8);
        ListImportResult result = importFile(file, PLAIN);
        assertThat(result.imported()).isEqualTo(2);
        Petition first = petition("KNG-2026-00001");
        assertThat(first.receivedDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(first.kind()).isEqualTo(PetitionKind.RECOMMENDATION);
        assertThat(first.status()).isEqualTo(PetitionStatus.IN_PROGRESS);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(first.identity().name()).isEqualTo("Hà Văn Bốn");
        assertThat(first.identity().idNumber()).isEqualTo("001080000004");
        assertThat(first.villageName()).isEqualTo("Thôn Đông");
        Petition second = petition("KN-2026-00001");
        assertThat(second.receivedDate()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(second.status()).isEqualTo(PetitionStatus.RECEIVED);
        assertThat(second.channel().name()).isEqualTo("OTHER");
        assertThat(second.complaintRound()).isEqualTo(1);
        // an empty due date follows the deadline rules, like a petition received in the window
        assertThat(second.dueDate()).isNotNull()
                .isEqualTo(dueByRules(PetitionKind.COMPLAINT, LocalDate.of(2026, 10, 6)));
    }

    LocalDate dueByRules(PetitionKind kind, LocalDate received) {
        return new vn.danvan.desk.petition.deadline.PetitionDeadlines(services.deadlineRules()::rules,
                services.calendar()::calendar).intakeDue(kind, received).orElseThrow();
    }

    @Test
    void codesGivenAreKeptAndNewCodesNeverRepeatThem() throws Exception {
        Path file = csv(folder.resolve("legacy.csv"), row("123/ĐT-2019", "Trần Văn Một", "001080000001"),
                row("KNG-2026-00050", "Phạm Thị Hai", "001080000002"), row("", "Đỗ Văn Ba", "001080000003"),
                row("", "Đỗ Văn Ba", "001080000003"));
        importFile(file, PLAIN);
        assertThat(petition("123/ĐT-2019").summary()).contains("Trần Văn Một");
        assertThat(petition("KNG-2026-00051").identity().name()).isEqualTo("Đỗ Văn Ba");
        assertThat(petition("KNG-2026-00052").identity().citizenId())
                .isEqualTo(petition("KNG-2026-00051").identity().citizenId());
        assertThat(services.database().dsl().fetchCount(vn.danvan.desk.common.db.generated.Tables.CITIZEN))
                .isEqualTo(3);
        Petition typedLater = services.intake().receive(new vn.danvan.desk.petition.PetitionDraft(
                LocalDate.of(2026, 11, 2), vn.danvan.desk.petition.PetitionChannel.POST, PetitionKind.RECOMMENDATION,
                null, services.fields().all().get(0).id(), null, null, "Đơn nhập tay", 1, false, true, false, null,
                List.of(), false, false, false, null, null, null, null), Actor.system());
        assertThat(typedLater.code()).isEqualTo("KNG-2026-00053");
    }

    @Test
    void peopleOnFileAreFoundByTheirIdNumber() throws Exception {
        importFile(csv(folder.resolve("a.csv"), row("A-1", "Trần Văn Một", "001080000001")), PLAIN);
        importFile(csv(folder.resolve("b.csv"), row("B-1", "Trần Văn Một", "001080000001")), PLAIN);
        assertThat(petition("B-1").identity().citizenId()).isEqualTo(petition("A-1").identity().citizenId());
    }

    @Test
    void unknownVillagesAndUnitsAreCreatedOnlyWhenAllowed() throws Exception {
        Path file = csv(folder.resolve("list.csv"), with(with(row("", "Trần Văn Một", "001080000001"),
                "Thôn, tổ dân phố", "Tổ dân phố Số 5"), "Đơn vị xử lý", "Công an xã"));
        ListImportCheck check = services.listImport().check(file, ProgressMonitor.NONE);
        assertThat(check.valid()).isTrue();
        assertThat(check.villagesToCreate()).containsExactly("Tổ dân phố Số 5");
        assertThat(check.unitsToCreate()).containsExactly("Công an xã");
        String before = ListFiles.fingerprint(services);

        assertThatThrownBy(() -> importFile(file, PLAIN)).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(Messages.of(AppLanguage.VI).of(e)).contains("«Tổ dân phố Số 5»", "--create-villages"));
        assertThatThrownBy(() -> importFile(file, new ListImportOptions(true, false, false)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("listimport.error.newUnits"));
        assertThat(ListFiles.fingerprint(services)).isEqualTo(before);

        importFile(file, new ListImportOptions(true, true, false));
        assertThat(services.villages().all()).anySatisfy(v -> {
            assertThat(v.name()).isEqualTo("Tổ dân phố Số 5");
            assertThat(v.kind()).isEqualTo(VillageKind.TO_DAN_PHO);
        });
        assertThat(petition("KNG-2026-00001").handlingUnitName()).isEqualTo("Công an xã");
    }

    @Test
    void anImportCancelledHalfWayLeavesNothing() throws Exception {
        String[][] rows = new String[2500][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row("", "Người Số " + i, String.format("0010800%05d", i));
        }
        Path file = csv(folder.resolve("big.csv"), rows);
        String before = ListFiles.dataFingerprint(services);
        ProgressMonitor cancelLate = vn.danvan.desk.StoppingMonitor.at(2000);
        assertThatThrownBy(() -> services.listImport().importFile(file, PLAIN, Actor.system(), cancelLate))
                .isInstanceOf(CancellationException.class);
        assertThat(ListFiles.dataFingerprint(services)).isEqualTo(before);
        assertThat(importFile(file, PLAIN).imported()).isEqualTo(2500);
        assertThat(services.database().dsl().fetchCount(PETITION_EVENT)).isEqualTo(2500);
    }
}
