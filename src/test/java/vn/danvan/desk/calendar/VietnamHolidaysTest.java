package vn.danvan.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;

class VietnamHolidaysTest {

    private final VietnamHolidays holidays = new VietnamHolidays(new LunarCalendar());
    private final Messages vi = Messages.of(AppLanguage.VI);

    @Test
    void the2026DaysOffWithTheDefaultRules() {
        assertThat(lines(holidays.forYear(2026, HolidayRules.DEFAULT))).containsExactly(
                "2026-01-01 Tết Dương lịch",
                "2026-02-16 Tết Nguyên Đán", // 30 tháng Chạp
                "2026-02-17 Tết Nguyên Đán",
                "2026-02-18 Tết Nguyên Đán",
                "2026-02-19 Tết Nguyên Đán",
                "2026-02-20 Tết Nguyên Đán",
                "2026-04-26 Giỗ Tổ Hùng Vương", // a Sunday
                "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương",
                "2026-04-30 Ngày Chiến thắng",
                "2026-05-01 Ngày Quốc tế Lao động",
                "2026-09-01 Quốc khánh (ngày liền kề)",
                "2026-09-02 Quốc khánh");
    }

    @Test
    void holidaysOnAWeekendGiveTheNextFreeWorkingDay() {
        List<String> days = lines(holidays.forYear(2023, HolidayRules.DEFAULT));
        // 1 January 2023 was a Sunday
        assertThat(days).contains("2023-01-01 Tết Dương lịch", "2023-01-02 Nghỉ bù Tết Dương lịch");
        // Hùng Kings' day on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: off from 29/4 to 3/5, as in 2023
        assertThat(days).containsSubsequence("2023-04-29 Giỗ Tổ Hùng Vương", "2023-04-30 Ngày Chiến thắng",
                "2023-05-01 Ngày Quốc tế Lao động", "2023-05-02 Nghỉ bù Giỗ Tổ Hùng Vương",
                "2023-05-03 Nghỉ bù Ngày Chiến thắng");
        // 2 September 2023 was a Saturday: off 1/9 and the compensatory Monday 4/9
        assertThat(days).containsSubsequence("2023-09-01 Quốc khánh (ngày liền kề)", "2023-09-02 Quốc khánh",
                "2023-09-04 Nghỉ bù Quốc khánh");
        // Tết 2023: 1/1 on Sunday 22 January, the eve on Saturday: both compensated after the five days
        assertThat(days).containsSubsequence("2023-01-21 Tết Nguyên Đán", "2023-01-25 Tết Nguyên Đán",
                "2023-01-26 Nghỉ bù Tết Nguyên Đán", "2023-01-27 Nghỉ bù Tết Nguyên Đán");
        assertThat(lines(holidays.forYear(2022, HolidayRules.DEFAULT)))
                .contains("2022-01-03 Nghỉ bù Tết Dương lịch");
    }

    @Test
    void everyCompensatoryDayIsAWeekdayAndEveryDateAppearsOnce() {
        for (int year = 1990; year <= 2060; year++) {
            List<Holiday> days = holidays.forYear(year, HolidayRules.DEFAULT);
            assertThat(days).extracting(Holiday::date).doesNotHaveDuplicates().isSorted();
            long weekendHolidays = days.stream().filter(h -> !h.compensatory() && VietnamHolidays.isWeekend(h.date()))
                    .count();
            assertThat(days).filteredOn(Holiday::compensatory).hasSize((int) weekendHolidays + clashes(year))
                    .allSatisfy(h -> assertThat(VietnamHolidays.isWeekend(h.date())).isFalse());
        }
    }

    @Test
    void theRulesChooseTheAdjacentNationalDayAndTheLengthOfTet() {
        List<String> after = lines(holidays.forYear(2026, new HolidayRules(5, NationalDayAdjacent.AFTER)));
        assertThat(after).contains("2026-09-03 Quốc khánh (ngày liền kề)").doesNotContain(
                "2026-09-01 Quốc khánh (ngày liền kề)");

        List<Holiday> longTet = holidays.forYear(2026, new HolidayRules(7, NationalDayAdjacent.BEFORE));
        assertThat(longTet).filteredOn(h -> h.kind() == HolidayKind.TET && !h.compensatory())
                .extracting(Holiday::date).containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22));
        // the Saturday and Sunday inside a seven-day Tết are compensated on the following Monday and Tuesday
        assertThat(longTet).filteredOn(h -> h.kind() == HolidayKind.TET && h.compensatory())
                .extracting(Holiday::date).containsExactly(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 24));
    }

    @Test
    void namesReadWellInEnglish() {
        Messages en = Messages.of(AppLanguage.EN);
        Holiday compensation = holidays.forYear(2026, HolidayRules.DEFAULT).stream()
                .filter(Holiday::compensatory).findFirst().orElseThrow();
        assertThat(compensation.text(en)).isEqualTo("Compensatory day off for Hùng Kings' Commemoration Day");
        assertThat(HolidayName.office("Nghỉ Tết theo Thông báo").text(en)).isEqualTo("Nghỉ Tết theo Thông báo");
    }

    /** Statutory holidays that share a date with an earlier one (none in these years, but counted honestly). */
    private int clashes(int year) {
        List<Holiday> statutory = holidays.statutory(year, HolidayRules.DEFAULT);
        return (int) (statutory.size() - statutory.stream().map(Holiday::date).distinct().count());
    }

    private List<String> lines(List<Holiday> days) {
        return days.stream().map(h -> h.date() + " " + h.text(vi)).toList();
    }
}
