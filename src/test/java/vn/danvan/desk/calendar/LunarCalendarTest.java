package vn.danvan.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    private final LunarCalendar lunar = new LunarCalendar();

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
        "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02", "2031, 2031-01-23",
        "2032, 2032-02-11", "2033, 2033-01-31", "2034, 2034-02-19", "2035, 2035-02-08",
    })
    void tetFallsOnThePublishedVietnameseDate(int year, LocalDate tet) {
        assertThat(lunar.newYear(year)).isEqualTo(tet);
        assertThat(lunar.toSolar(year, 1, 1, false)).isEqualTo(tet);
        assertThat(lunar.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
        assertThat(lunar.lastDayOfYear(year - 1)).isEqualTo(tet.minusDays(1));
        LunarDate eve = lunar.toLunar(tet.minusDays(1));
        assertThat(eve.year()).isEqualTo(year - 1);
        assertThat(eve.month()).isEqualTo(12);
        assertThat(eve.day()).isIn(29, 30);
    }

    @Test
    void theMeridianMakesVietnamAndChinaDifferInSomeYears() {
        LunarCalendar china = new LunarCalendar(ZoneOffset.ofHours(8));
        assertThat(lunar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(china.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(lunar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(china.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        // 1985: a whole month apart, because the solstice month and the leap month moved
        assertThat(lunar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(china.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        // leap month 8 of 1995 starts a day earlier in Vietnam
        assertThat(lunar.toSolar(1995, 8, 1, true)).isEqualTo(LocalDate.of(1995, 9, 24));
        assertThat(china.toSolar(1995, 8, 1, true)).isEqualTo(LocalDate.of(1995, 9, 25));
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
    @CsvSource({"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDayIsLunarTenthOfTheThirdMonth(int year, LocalDate date) {
        assertThat(lunar.toSolar(year, 3, 10, false)).isEqualTo(date);
        assertThat(lunar.toLunar(date)).isEqualTo(new LunarDate(year, 3, 10, false));
    }

    @Test
    void midAutumnIsTheFullMoonOfTheEighthMonth() {
        assertThat(lunar.toLunar(LocalDate.of(2024, 9, 17))).isEqualTo(new LunarDate(2024, 8, 15, false));
        assertThat(lunar.toLunar(LocalDate.of(2025, 10, 6))).isEqualTo(new LunarDate(2025, 8, 15, false));
    }

    @Test
    void leapMonthsRepeatTheNumberOfTheMonthBefore() {
        assertThat(lunar.leapMonth(2023)).isEqualTo(OptionalInt.of(2));
        assertThat(lunar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(lunar.toLunar(LocalDate.of(2023, 3, 21))).isEqualTo(new LunarDate(2023, 2, 30, false));
        assertThat(lunar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(lunar.toLunar(LocalDate.of(2023, 4, 20))).isEqualTo(new LunarDate(2023, 3, 1, false));

        assertThat(lunar.leapMonth(2025)).isEqualTo(OptionalInt.of(6));
        assertThat(lunar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(lunar.leapMonth(2020)).isEqualTo(OptionalInt.of(4));
        assertThat(lunar.leapMonth(2024)).isEmpty();
        assertThat(lunar.leapMonth(2026)).isEmpty();
        // the rare leap 11th month of 2033 belongs to lunar year 2033, before Tết 2034
        assertThat(lunar.leapMonth(2033)).isEqualTo(OptionalInt.of(11));
        assertThat(lunar.toSolar(2033, 11, 1, true)).isEqualTo(LocalDate.of(2033, 12, 22));
        assertThat(lunar.toLunar(LocalDate.of(2034, 1, 5)).leap()).isTrue();
    }

    @Test
    void aLeapMonthThatDoesNotExistOrADayPastTheMonthIsRefused() {
        assertThatThrownBy(() -> lunar.toSolar(2024, 2, 1, true)).isInstanceOf(DateTimeException.class);
        int shortMonth = IntStream.rangeClosed(1, 12).filter(m -> lunar.monthLength(2025, m, false) == 29)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> lunar.toSolar(2025, shortMonth, 30, false)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> lunar.toSolar(1700, 1, 1, false)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void everyDayFrom1900To2200SurvivesARoundTrip() {
        LocalDate end = LocalDate.of(2200, 12, 31);
        LunarDate previous = null;
        for (LocalDate day = LocalDate.of(1900, 1, 1); !day.isAfter(end); day = day.plusDays(1)) {
            LunarDate date = lunar.toLunar(day);
            assertThat(lunar.toSolar(date)).as("%s -> %s", day, date).isEqualTo(day);
            if (previous != null && date.day() == 1) {
                assertThat(previous.day()).as("month before %s", day).isIn(29, 30);
            }
            previous = date;
        }
    }

    @Test
    void everyLunarDateOfAYearSurvivesARoundTrip() {
        for (int year = 2020; year <= 2035; year++) {
            int days = 0;
            for (int month = 1; month <= 12; month++) {
                for (boolean leap : new boolean[] {false, true}) {
                    if (leap && lunar.leapMonth(year).orElse(0) != month) {
                        continue;
                    }
                    int length = lunar.monthLength(year, month, leap);
                    assertThat(length).isIn(29, 30);
                    for (int day = 1; day <= length; day++) {
                        LunarDate date = new LunarDate(year, month, day, leap);
                        assertThat(lunar.toLunar(lunar.toSolar(date))).isEqualTo(date);
                    }
                    days += length;
                }
            }
            assertThat(days).isEqualTo(lunar.newYear(year + 1).toEpochDay() - lunar.newYear(year).toEpochDay());
            assertThat(days).isBetween(353, 385);
        }
    }

    @Test
    void astronomyMatchesMeeusWorkedExamples() {
        // Astronomical Algorithms, example 49.a: the new moon of 1977 February 18
        assertThat(LunarAstronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.00002));
        // example 25.a: the sun's apparent longitude on 1992 October 13.0 TD
        assertThat(LunarAstronomy.apparentSunLongitude(2448908.5)).isCloseTo(199.90895, within(0.0001));
    }
}
