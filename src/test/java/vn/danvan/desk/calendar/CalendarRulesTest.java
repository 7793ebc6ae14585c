package vn.danvan.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarRulesTest {

    @Test
    void datesAreShownWithLeadingZerosAndTypedWithOrWithout() {
        assertThat(CalendarRules.format(LocalDate.of(2026, 9, 2))).isEqualTo("02/09/2026");
        assertThat(CalendarRules.parse("02/09/2026")).contains(LocalDate.of(2026, 9, 2));
        assertThat(CalendarRules.parse(" 2/9/2026 ")).contains(LocalDate.of(2026, 9, 2));
        assertThat(CalendarRules.parse("31/02/2026")).isEmpty();
        assertThat(CalendarRules.parse("2026-09-02")).isEmpty();
        assertThat(CalendarRules.parse("")).isEmpty();
        assertThat(CalendarRules.parse(null)).isEmpty();
    }

    @Test
    void yearsOutsideTheCalendarAndOverlongNamesAreProblems() {
        assertThat(CalendarRules.year(1900)).isEmpty();
        assertThat(CalendarRules.year(2200)).isEmpty();
        assertThat(CalendarRules.year(2201)).get().extracting(p -> p.messageKey())
                .isEqualTo("validation.calendar.yearRange");
        assertThat(CalendarRules.name("x".repeat(200))).isEmpty();
        assertThat(CalendarRules.name("x".repeat(201))).isPresent();
        assertThat(CalendarRules.tetDays(11)).isPresent();
    }
}
