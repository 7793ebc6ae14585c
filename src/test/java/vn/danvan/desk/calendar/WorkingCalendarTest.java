package vn.danvan.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;

class WorkingCalendarTest {

    private static final VietnamHolidays HOLIDAYS = new VietnamHolidays(new LunarCalendar());
    private final WorkingCalendar calendar = new WorkingCalendar(HOLIDAYS, HolidayRules.DEFAULT, List.of());
    private final Map<Integer, Set<LocalDate>> daysOffByYear = new HashMap<>();

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(day("2026-11-24"))).isTrue(); // Tuesday
        assertThat(calendar.isWorkingDay(day("2026-11-28"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(day("2026-11-29"))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(day("2026-02-17"))).isFalse(); // Tết
        assertThat(calendar.isWorkingDay(day("2026-04-27"))).isFalse(); // compensatory day
        assertThat(calendar.holiday(day("2026-11-28"))).isEmpty();
        assertThat(calendar.holidayName(day("2026-04-27"), Messages.of(AppLanguage.VI)))
                .contains("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(calendar.holidays(2026)).hasSize(12);
    }

    @Test
    void addWorkingDaysStartsTheDayAfterAndSkipsWeekendsAndHolidays() {
        assertThat(calendar.addWorkingDays(day("2026-11-20"), 1)).isEqualTo(day("2026-11-23")); // Fri -> Mon
        assertThat(calendar.addWorkingDays(day("2026-11-24"), 0)).isEqualTo(day("2026-11-24"));
        assertThat(calendar.addWorkingDays(day("2026-11-24"), 10)).isEqualTo(day("2026-12-08"));
        // Friday before Tết: the next working day is after Tết and the weekend that follows it
        assertThat(calendar.addWorkingDays(day("2026-02-13"), 1)).isEqualTo(day("2026-02-23"));
        assertThat(calendar.addWorkingDays(day("2026-02-13"), 5)).isEqualTo(day("2026-02-27"));
        // across the new year and 1 January
        assertThat(calendar.addWorkingDays(day("2026-12-30"), 3)).isEqualTo(day("2027-01-05"));
        assertThat(calendar.addWorkingDays(day("2026-02-23"), -1)).isEqualTo(day("2026-02-13"));
        assertThat(calendar.addWorkingDays(day("2026-01-01"), 600)).isEqualTo(bruteForceAdd(day("2026-01-01"), 600));
    }

    @Test
    void addCalendarDaysMovesAnEndOnAWeekendOrHolidayToTheNextWorkingDay() {
        assertThat(calendar.addCalendarDays(day("2026-11-24"), 3)).isEqualTo(day("2026-11-27")); // Friday
        assertThat(calendar.addCalendarDays(day("2026-11-24"), 4)).isEqualTo(day("2026-11-30")); // Sat -> Mon
        // 30/4 and 1/5, then the weekend: the period ends on Monday 4 May
        assertThat(calendar.addCalendarDays(day("2026-04-20"), 10)).isEqualTo(day("2026-05-04"));
        // Hùng Kings' day on a Sunday and its compensatory Monday
        assertThat(calendar.addCalendarDays(day("2026-04-16"), 10)).isEqualTo(day("2026-04-28"));
        assertThat(calendar.addCalendarDays(day("2026-01-08"), 39)).isEqualTo(day("2026-02-23")); // in Tết
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertThat(calendar.workingDaysBetween(day("2026-02-13"), day("2026-02-23"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(day("2026-02-23"), day("2026-02-13"))).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(day("2026-11-24"), day("2026-11-24"))).isZero();
        assertThat(calendar.workingDaysBetween(day("2026-11-27"), day("2026-11-29"))).isZero(); // Fri -> Sun
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            LocalDate from = day("2025-06-01").plusDays(random.nextInt(1200));
            LocalDate to = from.plusDays(random.nextInt(900) - 300);
            assertThat(calendar.workingDaysBetween(from, to)).as("%s..%s", from, to)
                    .isEqualTo(bruteForceBetween(from, to));
            int n = random.nextInt(300);
            LocalDate due = calendar.addWorkingDays(from, n);
            assertThat(due).isEqualTo(bruteForceAdd(from, n));
            assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(n);
        }
    }

    @Test
    void officeOverridesAddDaysOffAndMakeUpWorkingDays() {
        WorkingCalendar adjusted = new WorkingCalendar(HOLIDAYS, HolidayRules.DEFAULT, List.of(
                new CalendarOverride(day("2026-02-13"), true, "Nghỉ Tết theo Thông báo của Chính phủ"),
                new CalendarOverride(day("2026-02-28"), false, "Làm bù cho ngày 13/02"),
                new CalendarOverride(day("2026-09-01"), false, "Chính phủ cho nghỉ 3/9 thay 1/9"),
                new CalendarOverride(day("2026-09-03"), true, "Quốc khánh (ngày liền kề)")));
        assertThat(adjusted.isWorkingDay(day("2026-02-13"))).isFalse();
        assertThat(adjusted.holiday(day("2026-02-13"))).get().extracting(Holiday::fromOffice).isEqualTo(true);
        assertThat(adjusted.isWorkingDay(day("2026-02-28"))).isTrue(); // a make-up Saturday
        assertThat(adjusted.isWorkingDay(day("2026-09-01"))).isTrue();
        assertThat(adjusted.holiday(day("2026-09-01"))).isEmpty();
        assertThat(adjusted.isWorkingDay(day("2026-09-03"))).isFalse();

        assertThat(adjusted.addWorkingDays(day("2026-02-12"), 1)).isEqualTo(day("2026-02-23"));
        assertThat(adjusted.addWorkingDays(day("2026-02-27"), 1)).isEqualTo(day("2026-02-28"));
        assertThat(adjusted.addCalendarDays(day("2026-02-21"), 7)).isEqualTo(day("2026-02-28"));
        assertThat(adjusted.workingDaysBetween(day("2026-02-12"), day("2026-02-28"))).isEqualTo(6);

        List<CalendarEntry> entries = adjusted.entries(2026);
        assertThat(entries).extracting(CalendarEntry::date).isSorted().contains(day("2026-02-28"));
        assertThat(entries).filteredOn(e -> !e.dayOff()).extracting(CalendarEntry::date)
                .containsExactly(day("2026-02-28"), day("2026-09-01"));
        assertThat(entries).filteredOn(CalendarEntry::fromOffice).hasSize(4);
        // the plain calendar is not affected
        assertThat(calendar.isWorkingDay(day("2026-02-13"))).isTrue();
    }

    private LocalDate bruteForceAdd(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingByRules(day)) {
                counted++;
            }
        }
        return day;
    }

    private int bruteForceBetween(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate low = sign > 0 ? from : to;
        LocalDate high = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
            count += isWorkingByRules(day) ? 1 : 0;
        }
        return sign * count;
    }

    /** Working-day test straight from the holiday list, independent of the calendar's running counts. */
    private boolean isWorkingByRules(LocalDate day) {
        Set<LocalDate> daysOff = daysOffByYear.computeIfAbsent(day.getYear(), year -> HOLIDAYS
                .forYear(year, HolidayRules.DEFAULT).stream().map(Holiday::date).collect(Collectors.toSet()));
        return !VietnamHolidays.isWeekend(day) && !daysOff.contains(day);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
