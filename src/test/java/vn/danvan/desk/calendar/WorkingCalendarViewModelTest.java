package vn.danvan.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.DirectTaskRunner;
import vn.danvan.desk.RecordingDialogs;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.OfficerRole;
import vn.danvan.desk.security.UserSession;

/** The working-calendar section's logic without a window. */
class WorkingCalendarViewModelTest {

    @TempDir
    Path folder;
    AppServices services;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Messages messages = Messages.of(AppLanguage.VI);
    WorkingCalendarViewModel model;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        model = modelFor(OfficerRole.ADMIN);
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private WorkingCalendarViewModel modelFor(OfficerRole role) {
        UserSession session = new UserSession();
        session.officerProperty().set(new Officer(java.util.UUID.randomUUID(), "can.bo", "Cán bộ", role, true));
        return new WorkingCalendarViewModel(services.calendar(), new DirectTaskRunner(), dialogs, () -> messages,
                session, 2026);
    }

    @Test
    void showsTheYearsDaysOffWithReadableColumns() {
        assertThat(model.entries()).hasSize(12);
        CalendarEntry first = model.entries().get(0);
        assertThat(model.dateText(first)).isEqualTo("01/01/2026");
        assertThat(model.weekdayText(first)).isEqualTo("Thứ Năm");
        assertThat(model.nameText(first)).isEqualTo("Tết Dương lịch");
        assertThat(model.kindText(first)).isEqualTo("Nghỉ");
        assertThat(model.sourceText(first)).isEqualTo("Theo luật (tính sẵn)");

        model.yearProperty().set(2023);
        assertThat(model.entries()).extracting(model::nameText).contains("Nghỉ bù Quốc khánh");
    }

    @Test
    void anAdminAddsADayOffAndAMakeUpWorkingDay() {
        model.dateProperty().set(LocalDate.of(2026, 2, 13));
        model.nameProperty().set("Nghỉ Tết theo Thông báo của Chính phủ");
        assertThat(model.canSetBinding().get()).isTrue();
        model.addDayOff();
        assertThat(model.statusProperty().get()).isEqualTo("Đã đặt ngày 13/02/2026 là ngày nghỉ.");
        CalendarEntry bridge = model.selectedProperty().get();
        assertThat(bridge.date()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(model.sourceText(bridge)).isEqualTo("Đơn vị điều chỉnh");
        assertThat(model.nameText(bridge)).isEqualTo("Nghỉ Tết theo Thông báo của Chính phủ");

        model.dateProperty().set(LocalDate.of(2026, 2, 28));
        model.nameProperty().set("Làm bù ngày 13/02");
        model.markWorkingDay();
        assertThat(model.kindText(model.selectedProperty().get())).isEqualTo("Làm việc");
        assertThat(model.entries()).hasSize(14);
        assertThat(services.calendar().calendar().isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anIncompleteFormSavesNothingAndARefusalIsExplained() {
        model.dateProperty().set(LocalDate.of(2026, 2, 13));
        model.nameProperty().set(" ");
        assertThat(model.canSetBinding().get()).isFalse();
        assertThat(model.form().firstErrorProperty().get()).isEqualTo("Tên / lý do: Không được để trống.");
        model.addDayOff();
        assertThat(services.calendar().calendar().isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();

        model.dateProperty().set(LocalDate.of(2026, 11, 24));
        model.nameProperty().set("Làm việc");
        model.markWorkingDay();
        assertThat(dialogs.errors).containsExactly("Ngày 24/11/2026 đã là ngày làm việc.");
    }

    @Test
    void removingAnOverrideAsksFirstAndSelectingARowFillsTheForm() {
        services.calendar().setOverride(LocalDate.of(2026, 2, 13), true, "Nghỉ Tết");
        model.load();
        CalendarEntry computed = model.entries().get(0);
        model.selectedProperty().set(computed);
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(model.canRemoveBinding().get()).isFalse(); // a computed day has nothing to remove

        CalendarEntry office = model.entries().stream().filter(CalendarEntry::fromOffice).findFirst().orElseThrow();
        model.selectedProperty().set(office);
        assertThat(model.nameProperty().get()).isEqualTo("Nghỉ Tết");
        assertThat(model.canRemoveBinding().get()).isTrue();
        dialogs.answer = false;
        model.removeOverride();
        assertThat(services.calendar().entries(2026)).anyMatch(CalendarEntry::fromOffice);
        dialogs.answer = true;
        model.removeOverride();
        assertThat(dialogs.confirmations).hasSize(2).allMatch(text -> text.contains("13/02/2026 («Nghỉ Tết»)"));
        assertThat(model.entries()).noneMatch(CalendarEntry::fromOffice);
        assertThat(model.statusProperty().get()).isEqualTo("Đã bỏ điều chỉnh ngày 13/02/2026.");
    }

    @Test
    void aChangeInAnotherYearShowsThatYear() {
        model.dateProperty().set(LocalDate.of(2027, 2, 5));
        model.nameProperty().set("Nghỉ Tết 2027");
        model.addDayOff();
        assertThat(model.yearProperty().get()).isEqualTo(2027);
        assertThat(model.selectedProperty().get().date()).isEqualTo(LocalDate.of(2027, 2, 5));
    }

    @Test
    void theRulesAreShownAndSaved() {
        assertThat(model.tetDaysProperty().get()).isEqualTo(5);
        assertThat(model.nationalDayAdjacentProperty().get()).isEqualTo(NationalDayAdjacent.BEFORE);
        model.nationalDayAdjacentProperty().set(NationalDayAdjacent.AFTER);
        model.saveRules();
        assertThat(model.statusProperty().get()).isEqualTo("Đã lưu quy tắc ngày nghỉ.");
        assertThat(model.entries()).extracting(CalendarEntry::date).contains(LocalDate.of(2026, 9, 3))
                .doesNotContain(LocalDate.of(2026, 9, 1));
        model.tetDaysProperty().set(0);
        assertThat(model.canSaveRulesBinding().get()).isFalse();
    }

    @Test
    void anOfficerWhoIsNotAnAdminOnlyLooks() {
        WorkingCalendarViewModel officerView = modelFor(OfficerRole.OFFICER);
        officerView.load();
        assertThat(officerView.editable()).isFalse();
        officerView.dateProperty().set(LocalDate.of(2026, 2, 13));
        officerView.nameProperty().set("Nghỉ Tết");
        assertThat(officerView.canSetBinding().get()).isFalse();
        officerView.addDayOff();
        officerView.saveRules();
        assertThat(services.calendar().entries(2026)).noneMatch(CalendarEntry::fromOffice);
        assertThat(officerView.entries()).hasSize(12);
    }
}
