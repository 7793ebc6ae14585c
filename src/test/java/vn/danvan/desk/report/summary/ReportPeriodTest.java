package vn.danvan.desk.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Period texts and their dates under both boundary rules. */
class ReportPeriodTest {

    static ReportPeriod parse(String text) {
        return ReportPeriod.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    static ReportPeriod.Range range(String text, PeriodBoundary boundary) {
        return parse(text).range(boundary);
    }

    @Test
    void readsEveryFormAndWritesItBack() {
        for (String text : new String[] {"2026-10", "2026-01", "2026-Q3", "2026-H1", "2026-H2", "2026-9M", "2026"}) {
            assertThat(parse(text).code()).isEqualTo(text);
        }
        assertThat(parse(" 2026-q4 ").code()).isEqualTo("2026-Q4");
        assertThat(parse("2026-3").code()).isEqualTo("2026-03");
        assertThat(parse("2026-9m").kind()).isEqualTo(PeriodKind.NINE_MONTHS);
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        for (String text : new String[] {"", "2026-13", "2026-00", "2026-Q5", "2026-H3", "2026-6M", "26-10",
                "2026/10", "tháng 10", "1800", "2026-10-01"}) {
            assertThat(ReportPeriod.parse(text)).as(text).isEmpty();
        }
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }

    @Test
    void calendarDates() {
        PeriodBoundary calendar = PeriodBoundary.CALENDAR;
        assertThat(range("2026-02", calendar)).isEqualTo(new ReportPeriod.Range(day("2026-02-01"), day("2026-02-28")));
        assertThat(range("2026-Q3", calendar)).isEqualTo(new ReportPeriod.Range(day("2026-07-01"), day("2026-09-30")));
        assertThat(range("2026-H1", calendar)).isEqualTo(new ReportPeriod.Range(day("2026-01-01"), day("2026-06-30")));
        assertThat(range("2026-H2", calendar)).isEqualTo(new ReportPeriod.Range(day("2026-07-01"), day("2026-12-31")));
        assertThat(range("2026-9M", calendar)).isEqualTo(new ReportPeriod.Range(day("2026-01-01"), day("2026-09-30")));
        assertThat(range("2026", calendar)).isEqualTo(new ReportPeriod.Range(day("2026-01-01"), day("2026-12-31")));
    }

    @Test
    void fromTheFifteenthToTheFourteenth() {
        PeriodBoundary fifteenth = PeriodBoundary.FIFTEENTH;
        assertThat(range("2026-10", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2026-09-15"), day("2026-10-14")));
        assertThat(range("2026-01", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2025-12-15"), day("2026-01-14")));
        assertThat(range("2026-03", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2026-02-15"), day("2026-03-14")));
        assertThat(range("2026-Q3", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2026-06-15"), day("2026-09-14")));
        assertThat(range("2026-H1", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2025-12-15"), day("2026-06-14")));
        assertThat(range("2026-H2", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2026-06-15"), day("2026-12-14")));
        assertThat(range("2026-9M", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2025-12-15"), day("2026-09-14")));
        assertThat(range("2026", fifteenth)).isEqualTo(new ReportPeriod.Range(day("2025-12-15"), day("2026-12-14")));
        // consecutive months meet without a gap or an overlap
        ReportPeriod month = parse("2025-11");
        for (int i = 0; i < 14; i++) {
            assertThat(month.next().range(fifteenth).from()).isEqualTo(month.range(fifteenth).to().plusDays(1));
            month = month.next();
        }
    }

    @Test
    void theReportMonthADayFallsIn() {
        assertThat(ReportPeriod.containing(PeriodKind.MONTH, day("2026-11-14"), PeriodBoundary.FIFTEENTH).code())
                .isEqualTo("2026-11");
        assertThat(ReportPeriod.containing(PeriodKind.MONTH, day("2026-11-15"), PeriodBoundary.FIFTEENTH).code())
                .isEqualTo("2026-12");
        assertThat(ReportPeriod.containing(PeriodKind.YEAR, day("2026-12-20"), PeriodBoundary.FIFTEENTH).code())
                .isEqualTo("2027");
        assertThat(ReportPeriod.containing(PeriodKind.QUARTER, day("2026-11-24"), PeriodBoundary.CALENDAR).code())
                .isEqualTo("2026-Q4");
        assertThat(ReportPeriod.containing(PeriodKind.HALF, day("2026-06-30"), PeriodBoundary.CALENDAR).code())
                .isEqualTo("2026-H1");
    }

    @Test
    void stepsByItsOwnKind() {
        assertThat(parse("2026-01").previous().code()).isEqualTo("2025-12");
        assertThat(parse("2026-Q1").previous().code()).isEqualTo("2025-Q4");
        assertThat(parse("2026-H2").next().code()).isEqualTo("2027-H1");
        assertThat(parse("2026-9M").next().code()).isEqualTo("2027-9M");
        assertThat(parse("2026").previous().code()).isEqualTo("2025");
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
