package vn.danvan.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;

/** The office's calendar on a real database: overrides and rules persist, change the calendar, tell the listener. */
class CalendarServiceTest {

    private static final LocalDate BRIDGE = LocalDate.of(2026, 2, 13);
    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 2, 28);

    @TempDir
    Path folder;
    AppServices services;
    CalendarService calendar;
    /** What the listener saw each time: whether the bridge day was a working day in the calendar then current. */
    final List<Boolean> heard = new ArrayList<>();
    RuntimeException listenerFailure;

    @BeforeEach
    void open() {
        services = TestServices.open(folder);
        calendar = serviceWithListener(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private CalendarService serviceWithListener(AppServices opened) {
        return new CalendarService(new CalendarRepository(opened.database(), Clock.fixed(TestServices.NOW,
                ZoneOffset.UTC)), opened.database().transactions(), new VietnamHolidays(new LunarCalendar()), () -> {
                    heard.add(calendar.calendar().isWorkingDay(BRIDGE));
                    if (listenerFailure != null) {
                        throw listenerFailure;
                    }
                }, opened.auditTrail());
    }

    @Test
    void withoutOverridesTheCalendarIsTheStatutoryOne() {
        assertThat(calendar.holidays(2026)).isEqualTo(new VietnamHolidays(new LunarCalendar())
                .forYear(2026, HolidayRules.DEFAULT));
        assertThat(calendar.rules()).isEqualTo(HolidayRules.DEFAULT);
        assertThat(services.calendar().calendar().isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
    }

    @Test
    void overridesChangeTheCalendarTellTheListenerAndPersist() {
        WorkingCalendar before = calendar.calendar();
        calendar.setOverride(BRIDGE, true, "  Nghỉ Tết theo  Thông báo ");
        calendar.setOverride(MAKE_UP_SATURDAY, false, "Làm bù ngày 13/02");

        assertThat(heard).containsExactly(false, false); // the listener already saw the new calendar
        WorkingCalendar after = calendar.calendar();
        assertThat(after).isNotSameAs(before);
        assertThat(before.isWorkingDay(BRIDGE)).isTrue(); // a calendar handed out earlier does not change
        assertThat(after.isWorkingDay(BRIDGE)).isFalse();
        assertThat(after.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
        assertThat(after.addWorkingDays(LocalDate.of(2026, 2, 12), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.entries(2026)).filteredOn(CalendarEntry::fromOffice)
                .extracting(CalendarEntry::date, CalendarEntry::dayOff)
                .containsExactly(tuple(BRIDGE, true),
                        tuple(MAKE_UP_SATURDAY, false));
        assertThat(calendar.holidays(2026)).filteredOn(Holiday::fromOffice).singleElement()
                .extracting(h -> h.name().officeText()).isEqualTo("Nghỉ Tết theo Thông báo");

        services.close();
        services = TestServices.open(folder);
        WorkingCalendar reopened = services.calendar().calendar();
        assertThat(reopened.isWorkingDay(BRIDGE)).isFalse();
        assertThat(reopened.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
    }

    @Test
    void settingTheSameDateAgainReplacesTheOverrideAndRemovingRestoresTheComputedDay() {
        LocalDate nationalDayEve = LocalDate.of(2026, 9, 1);
        calendar.setOverride(nationalDayEve, true, "Tên cũ");
        calendar.setOverride(nationalDayEve, false, "Chính phủ cho nghỉ 3/9 thay 1/9");
        assertThat(calendar.entries(2026)).filteredOn(CalendarEntry::fromOffice).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.dayOff()).isFalse();
                    assertThat(entry.name().officeText()).isEqualTo("Chính phủ cho nghỉ 3/9 thay 1/9");
                });
        assertThat(calendar.calendar().isWorkingDay(nationalDayEve)).isTrue();

        calendar.removeOverride(nationalDayEve);
        assertThat(calendar.calendar().isWorkingDay(nationalDayEve)).isFalse();
        assertThat(calendar.calendar().holiday(nationalDayEve).orElseThrow().kind())
                .isEqualTo(HolidayKind.NATIONAL_DAY_ADJACENT);
        assertThat(heard).hasSize(3);
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() {
        assertRefused(() -> calendar.setOverride(BRIDGE, true, "  "), "validation.required");
        assertRefused(() -> calendar.setOverride(null, true, "Nghỉ"), "validation.required");
        assertRefused(() -> calendar.setOverride(BRIDGE, true, "x".repeat(201)), "validation.tooLong");
        assertRefused(() -> calendar.setOverride(LocalDate.of(1899, 12, 29), true, "Nghỉ"),
                "validation.calendar.yearRange");
        assertRefused(() -> calendar.setOverride(LocalDate.of(2201, 1, 2), true, "Nghỉ"),
                "validation.calendar.yearRange");
        assertRefused(() -> calendar.setOverride(LocalDate.of(2026, 11, 24), false, "Làm việc"),
                "error.calendar.alreadyWorkingDay");
        assertRefused(() -> calendar.removeOverride(BRIDGE), "error.calendar.noOverride");
        assertRefused(() -> calendar.holidays(1800), "validation.calendar.yearRange");
        assertRefused(() -> calendar.saveRules(0, NationalDayAdjacent.AFTER), "validation.calendar.tetDays");
        assertRefused(() -> calendar.saveRules(5, null), "validation.required");
        assertThat(heard).isEmpty();
        assertThat(calendar.entries(2026)).noneMatch(CalendarEntry::fromOffice);
    }

    @Test
    void makingAnOfficeDayOffAWorkingDayAgainAsksToRemoveTheAdjustmentInstead() {
        calendar.setOverride(BRIDGE, true, "Nghỉ Tết");
        assertRefused(() -> calendar.setOverride(BRIDGE, false, "Làm việc"), "error.calendar.removeInstead");
        assertThat(calendar.calendar().isWorkingDay(BRIDGE)).isFalse();
        // a computed day off can be made a working day, and then renamed
        calendar.setOverride(LocalDate.of(2026, 2, 16), false, "Làm việc ngày 30 Tết");
        calendar.setOverride(LocalDate.of(2026, 2, 16), false, "Trực Tết");
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue();
    }

    @Test
    void aFailingListenerUndoesTheChange() {
        WorkingCalendar before = calendar.calendar();
        listenerFailure = new IllegalStateException("due dates could not be recomputed");
        assertThatThrownBy(() -> calendar.setOverride(BRIDGE, true, "Nghỉ Tết"))
                .isSameAs(listenerFailure);
        assertThat(calendar.calendar()).isSameAs(before);
        listenerFailure = null;
        assertThat(serviceWithListener(services).calendar().isWorkingDay(BRIDGE)).isTrue(); // nothing was stored
    }

    @Test
    void theRulesAreSettingsThatPersist() {
        HolidayRules rules = calendar.saveRules(7, NationalDayAdjacent.AFTER);
        assertThat(rules).isEqualTo(new HolidayRules(7, NationalDayAdjacent.AFTER));
        assertThat(heard).hasSize(1);
        WorkingCalendar changed = calendar.calendar();
        assertThat(changed.isWorkingDay(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(changed.isWorkingDay(LocalDate.of(2026, 9, 3))).isFalse();
        assertThat(changed.isWorkingDay(LocalDate.of(2026, 2, 24))).isFalse(); // Tết's weekend compensated

        services.close();
        services = TestServices.open(folder);
        assertThat(services.calendar().rules()).isEqualTo(rules);
        services.database().dsl().execute("update app_setting set setting_value = 'SIDEWAYS' where setting_key = ?",
                CalendarRepository.NATIONAL_DAY_ADJACENT_KEY);
        assertThat(new CalendarRepository(services.database(), Clock.systemUTC()).loadRules())
                .isEqualTo(new HolidayRules(7, NationalDayAdjacent.BEFORE));
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
